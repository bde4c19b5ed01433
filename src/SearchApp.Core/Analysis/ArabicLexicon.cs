namespace SearchApp.Core.Analysis;

/// <summary>
/// The word lists that steer <see cref="ArabicLightStemmer"/>, all in fully normalised form
/// (<see cref="ArabicAnalysis.Normalize"/>):
/// <list type="bullet">
/// <item><b>names</b>: people and places, stored as their core (article/conjunction removed: قاهره,
/// رياض, علي). A name is never suffix-stripped, nothing is stripped onto a name (السعودي does not
/// become سعود), and a single-letter preposition is only split off when what remains is a known word
/// (بجده -> جده, لعلي -> علي, but بريطانيا stays).</item>
/// <item><b>roots</b>: words whose leading و, ال or ل belongs to the word, not to a clitic (وزير, وطن,
/// التزام, لجنه). Evidence: the word itself takes the article (الوزير, الالتزام, اللجنه are attested).</item>
/// </list>
/// Both lists are mined from the corpus and the NER training data by <see cref="ProtectedWordsMiner"/>
/// (Data/protected.tsv) plus a hand-curated file (Data/protected-extra.tsv).
/// </summary>
public sealed class ArabicLexicon
{
    private readonly HashSet<string> _names;
    private readonly HashSet<string> _roots;
    private readonly HashSet<string> _nisbaStops;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _rootLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nisbaLookup;

    public ArabicLexicon(IEnumerable<string> names, IEnumerable<string> roots)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(roots);
        _names = new HashSet<string>(names, StringComparer.Ordinal);
        _roots = new HashSet<string>(roots, StringComparer.Ordinal);

        // A name in -يا (سوريا, بريطانيا) is the nisba adjective plus the accusative alef, so the
        // stemmer maps it to its nisba form (سوري) and stops there; see ArabicLightStemmer.
        _nisbaStops = new HashSet<string>(
            _names.Where(n => ArabicLightStemmer.IsNisbaAccusative(n)).Select(n => n[..^1]),
            StringComparer.Ordinal);
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _rootLookup = _roots.GetAlternateLookup<ReadOnlySpan<char>>();
        _nisbaLookup = _nisbaStops.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped with the product (embedded resources).</summary>
    public static ArabicLexicon Default => DefaultHolder.Instance;

    public static ArabicLexicon Empty { get; } = new([], []);

    public IReadOnlyCollection<string> Names => _names;

    public IReadOnlyCollection<string> Roots => _roots;

    public bool IsName(ReadOnlySpan<char> word) => _nameLookup.Contains(word);

    public bool IsRoot(ReadOnlySpan<char> word) => _rootLookup.Contains(word);

    /// <summary>The nisba form of a -يا name (سوري for سوريا): suffix stripping stops there.</summary>
    public bool IsNisbaStop(ReadOnlySpan<char> word) => _nisbaLookup.Contains(word);

    /// <summary>Known word: a name or a root. Guides which proclitic split to take.</summary>
    public bool IsKnown(ReadOnlySpan<char> word) => _nameLookup.Contains(word) || _rootLookup.Contains(word);

    /// <summary>Parses the protected-words format: <c>kind TAB word</c> per line, kind = name | root,
    /// '#' comments. Words are normalised on load, so hand edits need not be pre-normalised.</summary>
    public static (List<string> Names, List<string> Roots) Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var names = new List<string>();
        var roots = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var parts = content.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length < 2)
            {
                throw new FormatException($"protected words line {lineNumber}: expected 'kind<TAB>word'");
            }

            var word = ArabicFolding.NormalizeText(parts[1]);
            switch (parts[0])
            {
                case "name": names.Add(word); break;
                case "root": roots.Add(word); break;
                default: throw new FormatException($"protected words line {lineNumber}: unknown kind '{parts[0]}'");
            }
        }

        return (names, roots);
    }

    private static ArabicLexicon LoadDefault()
    {
        var names = new List<string>();
        var roots = new List<string>();
        foreach (var resource in new[] { "protected.tsv", "protected-extra.tsv" })
        {
            using var reader = EmbeddedData.Open(resource);
            var (n, r) = Parse(reader);
            names.AddRange(n);
            roots.AddRange(r);
        }

        return new ArabicLexicon(names, roots);
    }

    private static class DefaultHolder
    {
        internal static readonly ArabicLexicon Instance = LoadDefault();
    }
}
