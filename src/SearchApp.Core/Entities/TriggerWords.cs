namespace SearchApp.Core.Entities;

/// <summary>
/// Words that announce an entity next to them: titles before people (الرئيس), heads of
/// organisation names (وزارة, حزب), heads of place names (مدينة, نهر), directions, speech verbs.
/// The class of each is a feature of the words around it. Source: Data/triggers.tsv, written by
/// hand for this project from general knowledge of Arabic news style (see the file's header).
/// </summary>
public sealed class TriggerWords
{
    private readonly Dictionary<string, int> _classes = new(StringComparer.Ordinal);
    private readonly List<string> _classNames = [""];

    public static TriggerWords Empty { get; } = new();

    /// <summary>The class (1-based) of a normalised word; 0 when it is no trigger.</summary>
    public int ClassOf(string normalized) => _classes.GetValueOrDefault(normalized);

    public int Count => _classes.Count;

    /// <summary>The class of place-name head words (نهر, مدينة); 0 when the file has none.</summary>
    public int PlaceHead { get; private set; }

    /// <summary>The class of organisation-name head words (وزارة, جامعة); 0 when the file has none.</summary>
    public int OrganizationHead { get; private set; }

    /// <summary>The class of speech verbs (قال); 0 when the file has none.</summary>
    public int Speech { get; private set; }

    /// <summary>The class of directions (شمال, جنوب); 0 when the file has none.</summary>
    public int Direction { get; private set; }

    /// <summary>The class of prepositions before places (في, من); 0 when the file has none.</summary>
    public int PlacePreposition { get; private set; }

    /// <summary>Number of classes plus one (class ids are 1-based).</summary>
    public int ClassCount => _classNames.Count;

    /// <summary>Reads <c>word TAB class</c> lines; <c>#</c> starts a comment.</summary>
    public static TriggerWords Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var t = new TriggerWords();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t', StringSplitOptions.TrimEntries);
            if (f.Length != 2)
            {
                throw new FormatException($"trigger line '{line}' is not 'word TAB class'");
            }

            int id = t._classNames.IndexOf(f[1]);
            if (id < 0)
            {
                id = t._classNames.Count;
                t._classNames.Add(f[1]);
            }

            t._classes[ArabicKey.Normalize(f[0])] = id;
        }

        t.PlaceHead = Math.Max(0, t._classNames.IndexOf("loc-head"));
        t.OrganizationHead = Math.Max(0, t._classNames.IndexOf("org-head"));
        t.Speech = Math.Max(0, t._classNames.IndexOf("speech"));
        t.Direction = Math.Max(0, t._classNames.IndexOf("direction"));
        t.PlacePreposition = Math.Max(0, t._classNames.IndexOf("place-prep"));
        return t;
    }
}
