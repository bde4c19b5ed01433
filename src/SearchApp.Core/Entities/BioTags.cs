namespace SearchApp.Core.Entities;

/// <summary>
/// The BIO tag set the tagger predicts: PER, LOC, ORG and MISC (MISC is learned because ANERcorp
/// annotates it and knowing it helps the other types, but it is never faceted).
/// </summary>
public static class BioTags
{
    public const string Outside = "O";

    public static IReadOnlyList<string> Types { get; } = ["PER", "LOC", "ORG", "MISC"];

    /// <summary>Index 0 is O; type t has B at 1 + 2t and I at 2 + 2t.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [Outside, "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    public static int Count => Names.Count;

    public static int Index(string tag)
    {
        for (int i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], tag, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new FormatException($"unknown tag '{tag}'");
    }

    public static bool IsInside(int tag) => tag > 0 && tag % 2 == 0;

    public static string TypeOf(int tag) => tag == 0 ? Outside : Types[(tag - 1) / 2];

    /// <summary>I-X may only follow B-X or I-X: the decoder never emits an orphan I.</summary>
    public static bool Allowed(int previous, int current) =>
        !IsInside(current) || (previous != 0 && (previous - 1) / 2 == (current - 1) / 2);

    /// <summary>
    /// Spans of a well-formed tag-index sequence (as the decoder emits): each B-X with the I-X after it.
    /// Lazy: a caller may change the tags inside the span just yielded (to cut or clear it), since the
    /// scan goes on after the span's end as it was.
    /// </summary>
    public static IEnumerable<(int Start, int End, int Tag)> Runs(int[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] == 0 || IsInside(tags[i]))
            {
                continue;
            }

            int end = i + 1;
            while (end < tags.Length && tags[end] == tags[i] + 1)
            {
                end++;
            }

            yield return (i, end, tags[i]);
            i = end - 1;
        }
    }

    /// <summary>
    /// Spans as conlleval reads them: a span starts at B-X, or at an I-X that does not continue an
    /// X span, and runs over the following I-X tags.
    /// </summary>
    public static List<TokenSpan> Spans(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<TokenSpan>();
        string? type = null;
        int start = 0;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : Outside;
            bool inside = tag.StartsWith("I-", StringComparison.Ordinal);
            string? tagType = tag == Outside ? null : tag[2..];
            if (type is not null && (!inside || tagType != type))
            {
                spans.Add(new TokenSpan(type, start, i));
                type = null;
            }

            if (tagType is not null && type is null)
            {
                type = tagType;
                start = i;
            }
        }

        return spans;
    }
}
