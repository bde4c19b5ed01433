namespace SearchApp.Core.Entities;

/// <summary>
/// The statistical entity extractor: tokenises canonical article text as ANERcorp is tokenised
/// (<see cref="NerTokenizer"/>), tags each sentence with the averaged-perceptron model
/// (<see cref="NerTagger"/>) and marks names that recur in the article
/// (<see cref="MentionPropagation"/>), keeps PER, ORG and LOC spans with exact UTF-16 offsets
/// (<c>text[Start..End] == Text</c>) and gives each its canonical value
/// (<see cref="EntityCanonicalizer"/>). Thread-safe; load once and share.
/// </summary>
public sealed class EntityExtractor(NerTagger tagger, EntityCanonicalizer canonicalizer) : IEntityExtractor
{
    private readonly PersonNames _people = new(tagger.Features.Triggers, tagger.Features.Curated, name => canonicalizer.ResolveAlias(EntityTypes.Person, name));

    private static readonly Lazy<EntityExtractor> Shared = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    public NerTagger Tagger { get; } = tagger;

    public EntityCanonicalizer Canonicalizer { get; } = canonicalizer;

    /// <summary>One process-wide instance of the shipped model, loaded on first use.</summary>
    public static EntityExtractor Default => Shared.Value;

    /// <summary>Loads the model, lexicon, gazetteers and aliases embedded in SearchApp.Core.</summary>
    public static EntityExtractor LoadDefault()
    {
        var features = NerResources.Features();
        var model = NerResources.Model();
        return new EntityExtractor(new NerTagger(features, model),
            new EntityCanonicalizer(features.Lexicon, [features.Curated, model.Trained], NerResources.Aliases(), features.Brown, features.Embedding));
    }

    public string Version => ExtractorVersion.Current;

    public IReadOnlyList<EntityMention> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<EntityMention>();
        var before = new Dictionary<int, string>();
        var sentences = NerTokenizer.Sentences(text);
        var tagged = Tagger.TagDocument([.. sentences.Select(s => (IReadOnlyList<string>)Array.ConvertAll(s, t => t.Text))]);
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            foreach (var (first, end, tag) in BioTags.Runs(tagged[s]))
            {
                string type = BioTags.TypeOf(tag);
                if (EntityTypes.IsKnown(type))
                {
                    int start = sentence[first].Start, stop = sentence[end - 1].End;
                    string surface = text[start..stop];
                    string named = first == 0 ? surface : type switch
                    {
                        EntityTypes.Organization when IsNamedAfterAPerson(surface) => WithHead(sentence[first - 1].Text, surface, Facilities),
                        EntityTypes.Location => WithHead(sentence[first - 1].Text, surface, PlaceHeads),
                        _ => surface,
                    };
                    mentions.Add(new EntityMention(type, surface, start, stop, Canonicalizer.Canonicalize(type, named)));
                    if (first > 0)
                    {
                        before[start] = sentence[first - 1].Text;
                    }
                }
            }
        }

        return _people.Resolve(mentions, m => before.GetValueOrDefault(m.Start));
    }

    private static readonly HashSet<string> Titles = new(SpanCompletion.NamesakeTitles.Select(w => ArabicKey.Normalize(w)), StringComparer.Ordinal);

    private static readonly HashSet<string> Facilities = new(new[]
    {
        "مستشفى", "مستشفيات", "مركز", "جامع", "مسجد", "قاعة", "حديقة", "مدينة", "كلية", "معهد", "مؤسسة", "جائزة", "مطار",
        "ملعب", "استاد", "إستاد", "قصر", "مجمع", "برنامج", "شارع", "طريق", "جسر", "مكتبة", "مدرسة",
    }.Select(w => ArabicKey.Normalize(w)), StringComparer.Ordinal);

    /// <summary>Heads that ANERcorp leaves outside a place's name but that name another place than the bare word.</summary>
    private static readonly HashSet<string> PlaceHeads = new(new[] { "قناة", "سلطنة" }.Select(w => ArabicKey.Normalize(w)), StringComparer.Ordinal);

    /// <summary>
    /// A facet value that takes in the head ANERcorp leaves outside the name, where the head tells the name from
    /// a namesake; the span, and so the mark in the article, stays as tagged.
    /// - An organisation named after a person (<see cref="Facilities"/>): مستشفى [الملك فيصل] التخصصي and قاعة
    ///   [الملك فيصل] are the hospital and the hall, not the king, and not one value.
    /// - A place (<see cref="PlaceHeads"/>): قناة [السويس] is the canal, not the city of Suez, and سلطنة [عمان]
    ///   is Oman, not Amman (ANERcorp: قناة السويس O B-LOC, 3 of 3).
    /// </summary>
    private string WithHead(string previous, string surface, HashSet<string> heads)
    {
        string head = Canonicalizer.StripProclitics(previous);
        return heads.Contains(ArabicKey.Normalize(head)) ? head + " " + surface : surface;
    }

    /// <summary>An organisation span that begins with a title (الملك فيصل, الأمير سلطان): named after a person.</summary>
    private static bool IsNamedAfterAPerson(string surface)
    {
        int space = surface.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Titles.Contains(ArabicKey.Normalize(surface.AsSpan(0, space)));
    }
}
