namespace SearchApp.Core.Entities;

/// <summary>
/// Fuller facet values for people within one article. News names a person in full once and then
/// by one part (دونالد ترامب … ترامب; عبدالله بن عبدالعزيز … عبدالله), and ANERcorp's convention
/// leaves titles outside the name (الملك [عبدالله]), so a one-word mention alone makes a poor,
/// ambiguous facet value (every عبدالله in the archive would merge). A one-word person is therefore
/// given the canonical value of the longer person mention of the same article that contains the
/// word (Mikheev et al. 1999 resolve partial names the same way); failing that, a given name after
/// a title keeps the title (الملك عبدالله). Offsets and surface text never change.
/// </summary>
public sealed class PersonNames(TriggerWords triggers, Gazetteer curated)
{
    private readonly int _title = triggers.ClassOf(ArabicKey.Normalize("الملك"));

    /// <param name="mentions">The article's mentions in text order.</param>
    /// <param name="previousWord">The word just before a mention, or null at the start of a sentence.</param>
    public IReadOnlyList<EntityMention> Resolve(IReadOnlyList<EntityMention> mentions, Func<EntityMention, string?> previousWord)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(previousWord);
        var longer = mentions.Where(m => m.Type == EntityTypes.Person && Words(m.Canonical).Length > 1)
            .GroupBy(m => m.Canonical, StringComparer.Ordinal)
            .Select(g => (Canonical: g.Key, Keys: Words(g.Key).Select(w => ArabicKey.Normalize(w)).ToArray(), Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenByDescending(c => c.Keys.Length).ThenBy(c => c.Canonical, StringComparer.Ordinal)
            .ToList();
        var result = new List<EntityMention>(mentions.Count);
        foreach (var m in mentions)
        {
            string[] words = Words(m.Canonical);
            if (m.Type != EntityTypes.Person || words.Length != 1)
            {
                result.Add(m);
                continue;
            }

            string key = ArabicKey.Normalize(words[0]);
            var full = longer.FirstOrDefault(c => c.Keys[0] == key || c.Keys[^1] == key);
            if (full.Canonical is not null)
            {
                result.Add(m with { Canonical = full.Canonical });
            }
            else if (previousWord(m) is { } title && _title > 0 && triggers.ClassOf(ArabicKey.Normalize(title)) == _title
                && (curated.Lookup([key]) & Gazetteer.GivenName) != 0)
            {
                result.Add(m with { Canonical = ArabicKey.StripMarks(title) + " " + m.Canonical });
            }
            else
            {
                result.Add(m);
            }
        }

        return result;
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
