namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Reads CoNLL files as the contract describes them: <c>token TAB tag</c> lines, a blank line
/// between sentences. The tag is the last whitespace-separated field, so <c>token tag</c> with a
/// space (ANERcorp's original layout) is read too.
/// </summary>
public static class ConllReader
{
    public static List<LabeledSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static List<LabeledSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<LabeledSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        string? line;
        int number = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            int cut = line.LastIndexOfAny(['\t', ' ']);
            if (cut <= 0)
            {
                throw new FormatException($"line {number}: expected 'token TAB tag'");
            }

            string tag = line[(cut + 1)..].Trim();
            if (tag != BioTags.Outside && !(tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I'))
            {
                throw new FormatException($"line {number}: '{tag}' is not a BIO tag");
            }

            tokens.Add(line[..cut].Trim());
            tags.Add(tag);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new LabeledSentence([.. tokens], [.. tags]));
                tokens.Clear();
                tags.Clear();
            }
        }
    }
}
