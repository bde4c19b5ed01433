using System.Reflection;

namespace SearchApp.Core.Entities;

/// <summary>
/// The NER data shipped inside SearchApp.Core as embedded resources (Entities/Data/), so every
/// consumer finds them without paths: the model, the corpus lexicon with word clusters, the
/// curated gazetteers, trigger words and the alias file.
/// </summary>
public static class NerResources
{
    public const string ModelName = "ner-model.bin.gz";
    public const string LexiconName = "lexicon.tsv.gz";
    public const string TriggersName = "triggers.tsv";
    public const string AliasesName = "aliases.tsv";
    public const string MinedName = "mined-names.tsv.gz";
    public const string BrownName = "brown-clusters.tsv.gz";
    public const string ProfilesName = "context-profiles.tsv.gz";
    public const string EmbeddingName = "embedding-clusters.tsv.gz";

    /// <summary>Curated gazetteer files and the mask each contributes (see Data/README.md for sources).</summary>
    public static IReadOnlyList<(string Name, byte Mask)> GazetteerFiles { get; } =
    [
        ("gazetteer-loc.txt", Gazetteer.Location),
        ("gazetteer-org.txt", Gazetteer.Organization),
        ("gazetteer-per.txt", Gazetteer.Person),
        ("given-names.txt", Gazetteer.GivenName),
        ("family-names.txt", Gazetteer.FamilyName),
    ];

    private static readonly Assembly Assembly = typeof(NerResources).Assembly;

    /// <summary>An embedded file by name, or null when this build has none of that name.</summary>
    public static Stream? Open(string name) => Assembly.GetManifestResourceStream("ner/" + name);

    public static Stream OpenRequired(string name) =>
        Open(name) ?? throw new FileNotFoundException($"embedded NER resource '{name}' is missing from SearchApp.Core");

    public static WordLexicon Lexicon()
    {
        using var s = Open(LexiconName);
        return s is null ? WordLexicon.Empty : WordLexicon.Read(s);
    }

    public static TriggerWords Triggers()
    {
        using var s = Open(TriggersName);
        if (s is null)
        {
            return TriggerWords.Empty;
        }

        using var reader = new StreamReader(s);
        return TriggerWords.Read(reader);
    }

    /// <summary>The curated lists, each line one name (<c>#</c> comments), tokenised as the tagger tokenises.</summary>
    public static Gazetteer CuratedGazetteer()
    {
        var g = new Gazetteer();
        foreach (var (name, mask) in GazetteerFiles)
        {
            foreach (var (_, entry) in ListEntries(name))
            {
                g.Add(TokenKeys(entry), mask);
            }
        }

        return g;
    }

    /// <summary>The names of an embedded list file, each with the <c># ---</c> section heading it stands under ("" before the first).</summary>
    private static IEnumerable<(string Section, string Name)> ListEntries(string file)
    {
        using var s = Open(file);
        if (s is null)
        {
            yield break;
        }

        using var reader = new StreamReader(s);
        string section = "";
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.StartsWith("# ---", StringComparison.Ordinal))
            {
                section = line;
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                yield return (section, line);
            }
        }
    }

    public static AliasTable Aliases()
    {
        using var s = Open(AliasesName);
        if (s is null)
        {
            return AliasTable.Empty;
        }

        using var reader = new StreamReader(s);
        return AliasTable.Read(reader);
    }

    /// <summary>
    /// The football clubs of the curated organisation list (its "football clubs" sections) that are one
    /// word, normalised: الهلال, النصر, الشباب, الاتفاق.
    /// </summary>
    public static HashSet<string> OneWordClubs() =>
    [
        .. ListEntries("gazetteer-org.txt")
            .Where(e => e.Section.Contains("football clubs", StringComparison.Ordinal))
            .Select(e => TokenKeys(e.Name))
            .Where(keys => keys.Count == 1)
            .Select(keys => keys[0]),
    ];

    /// <summary>A name as the normalised tokens the tagger would see.</summary>
    public static List<string> TokenKeys(string name) =>
        [.. NerTokenizer.Sentences(name).SelectMany(t => t).Select(t => ArabicKey.Normalize(t.Text))];

    /// <summary>Names mined from unlabelled news (<see cref="Training.NameMiner"/>); empty when none ship.</summary>
    public static Gazetteer MinedNames()
    {
        using var s = Open(MinedName);
        return s is null ? new Gazetteer() : Training.NameMiner.Read(s);
    }

    /// <summary>Brown clusters of the news corpus (empty when none ship).</summary>
    public static BrownClusters Brown()
    {
        using var s = Open(BrownName);
        return s is null ? BrownClusters.Empty : BrownClusters.Read(s);
    }

    /// <summary>Skip-gram embedding clusters of the news corpus, as bit-string paths (empty when none ship).</summary>
    public static BrownClusters Embedding()
    {
        using var s = Open(EmbeddingName);
        return s is null ? BrownClusters.Empty : BrownClusters.Read(s);
    }

    /// <summary>Trigger-class context profiles of the news corpus (empty when none ship).</summary>
    public static ContextProfiles Profiles()
    {
        using var s = Open(ProfilesName);
        return s is null ? ContextProfiles.Empty : ContextProfiles.Read(s);
    }

    public static FeatureExtractor Features() => Features(Lexicon(), MinedNames(), Brown(), Profiles(), Embedding());

    public static FeatureExtractor Features(WordLexicon lexicon, Gazetteer mined, BrownClusters brown, ContextProfiles profiles, BrownClusters? embedding = null) =>
        new(lexicon, CuratedGazetteer(), Triggers(), mined, brown, profiles, embedding);

    public static TaggerModel Model()
    {
        using var s = OpenRequired(ModelName);
        return TaggerModel.Load(s);
    }
}
