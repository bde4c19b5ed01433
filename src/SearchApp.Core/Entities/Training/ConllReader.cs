namespace SearchApp.Core.Entities.Training;

/// <summary>
/// Reads CoNLL files as the contract describes them: <c>token TAB tag</c> lines, a blank line
/// between sentences. The tag is the last whitespace-separated field, so <c>token tag</c> with a
/// space (ANERcorp's original layout) is read too. A <c>-DOCSTART-</c> line (CoNLL 2003's
/// convention, with or without a tag) starts a new document: <see cref="Documents"/> splits there.
/// </summary>
public static class ConllReader
{
    /// <summary>The line that starts a new document.</summary>
    public const string DocumentStart = "-DOCSTART-";

    /// <summary>The sentences cut into documents at <c>-DOCSTART-</c> lines (one document when there are none).</summary>
    public static List<List<LabeledSentence>> Documents(IEnumerable<LabeledSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var documents = new List<List<LabeledSentence>>();
        foreach (var sentence in sentences)
        {
            if (documents.Count == 0 || sentence.StartsDocument)
            {
                documents.Add([]);
            }

            documents[^1].Add(sentence);
        }

        return documents;
    }

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
        bool startsDocument = false;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            if (line.StartsWith(DocumentStart, StringComparison.Ordinal))
            {
                Flush();
                startsDocument = true;
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
                sentences.Add(new LabeledSentence([.. tokens], [.. tags], startsDocument));
                startsDocument = false;
                tokens.Clear();
                tags.Clear();
            }
        }
    }
}
