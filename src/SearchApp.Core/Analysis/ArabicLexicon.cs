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
    private const byte NameFlag = 1;
    private const byte RootFlag = 2;
    private const byte NisbaStopFlag = 4;

    private readonly HashSet<string> _names;
    private readonly HashSet<string> _roots;

    // One dictionary of flags so that each question costs one hash of the span (the stemmer asks
    // several per token; see the throughput figures in ADR 0003).
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _flags;

    public ArabicLexicon(IEnumerable<string> names, IEnumerable<string> roots)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(roots);
        _names = new HashSet<string>(names, StringComparer.Ordinal);
        _roots = new HashSet<string>(roots, StringComparer.Ordinal);

        var flags = new Dictionary<string, byte>(StringComparer.Ordinal);
        void Flag(string word, byte flag) => flags[word] = (byte)(flags.GetValueOrDefault(word) | flag);
        foreach (var name in _names)
        {
            Flag(name, NameFlag);

            // A name in -يا (سوريا, بريطانيا) is the nisba adjective plus the accusative alef, so the
            // stemmer maps it to its nisba form (سوري) and stops there; see ArabicLightStemmer.
            if (ArabicLightStemmer.IsNisbaAccusative(name))
            {
                Flag(name[..^1], NisbaStopFlag);
            }
        }

        foreach (var root in _roots)
        {
            Flag(root, RootFlag);
        }

        _flags = flags.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped with the product (embedded resources).</summary>
    public static ArabicLexicon Default => DefaultHolder.Instance;

    public static ArabicLexicon Empty { get; } = new([], []);

    public IReadOnlyCollection<string> Names => _names;

    public IReadOnlyCollection<string> Roots => _roots;

    public bool IsName(ReadOnlySpan<char> word) => (FlagsOf(word) & NameFlag) != 0;

    public bool IsRoot(ReadOnlySpan<char> word) => (FlagsOf(word) & RootFlag) != 0;

    /// <summary>The nisba form of a -يا name (سوري for سوريا): suffix stripping stops there.</summary>
    public bool IsNisbaStop(ReadOnlySpan<char> word) => (FlagsOf(word) & NisbaStopFlag) != 0;

    /// <summary>Known word: a name or a root. Guides which proclitic split to take.</summary>
    public bool IsKnown(ReadOnlySpan<char> word) => (FlagsOf(word) & (NameFlag | RootFlag)) != 0;

    /// <summary>Name and nisba-stop answers with one lookup (the stemmer's hot path).</summary>
    internal (bool IsName, bool IsNisbaStop) NameOrNisbaStop(ReadOnlySpan<char> word)
    {
        var flags = FlagsOf(word);
        return ((flags & NameFlag) != 0, (flags & NisbaStopFlag) != 0);
    }

    private byte FlagsOf(ReadOnlySpan<char> word) => _flags.TryGetValue(word, out var flags) ? flags : (byte)0;

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
