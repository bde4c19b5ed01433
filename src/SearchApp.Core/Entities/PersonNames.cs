namespace SearchApp.Core.Entities;

/// <summary>
/// Fuller facet values for people within one article. News names a person in full once and then
/// by one part (دونالد ترامب … ترامب; عبدالله بن عبدالعزيز … عبدالله), and ANERcorp's convention
/// leaves titles outside the name (الملك [عبدالله]), so a one-word mention alone makes a poor,
/// ambiguous facet value (every عبدالله in the archive would merge). A one-word person is therefore
/// given the canonical value of the longer person mention of the same article that contains the
/// word (Mikheev et al. 1999 resolve partial names the same way); failing that, a given name after
/// a title keeps the title (الملك عبدالله). A shorter name of several words takes the longer one it
/// shortens (<see cref="Shortens"/>). Offsets and surface text never change.
/// </summary>
/// <param name="alias">Resolves a composed title name through the alias file (الملك سلمان → الملك سلمان بن عبدالعزيز); null: none.</param>
public sealed class PersonNames(TriggerWords triggers, Gazetteer curated, Func<string, string?>? alias = null)
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
            if (m.Type == EntityTypes.Person && words.Length > 1)
            {
                var keys = words.Select(w => ArabicKey.Normalize(w)).ToArray();
                var fuller = longer.FirstOrDefault(c => Shortens(keys, c.Keys));
                result.Add(fuller.Canonical is null ? m : m with { Canonical = fuller.Canonical });
                continue;
            }

            if (m.Type != EntityTypes.Person || words.Length != 1)
            {
                result.Add(m);
                continue;
            }

            string key = ArabicKey.Normalize(words[0]);
            var full = longer.FirstOrDefault(c => c.Keys[FirstName(c.Keys)] == key || (c.Keys[^1] == key && !Patronymic.Contains(c.Keys[^2])));
            if (full.Canonical is not null)
            {
                result.Add(m with { Canonical = full.Canonical });
            }
            else if (previousWord(m) is { } title && _title > 0 && triggers.ClassOf(ArabicKey.Normalize(title)) == _title
                && (curated.Lookup([key]) & Gazetteer.GivenName) != 0)
            {
                string titled = ArabicKey.StripMarks(title) + " " + m.Canonical;
                result.Add(m with { Canonical = alias?.Invoke(titled) ?? titled });
            }
            else
            {
                result.Add(m);
            }
        }

        return result;
    }

    /// <summary>
    /// Whether a name of two words or more is a short form of a longer one: the same first and last word
    /// with words left out between (خالد بحاح ← خالد محفوظ بحاح), a surname with its particle
    /// (بن لادن ← أسامة بن لادن), or a lineage cut short, where the
    /// longer name goes on with بن / ابن / بنت / آل (محمد بن نايف ← محمد بن نايف بن عبدالعزيز). A longer
    /// name that goes on with anything else may be someone else (عبدالله بن عبدالعزيز الربيعة is not
    /// the king), so it is left alone.
    /// </summary>
    internal static bool Shortens(string[] shorter, string[] longer)
    {
        if (longer.Length <= shorter.Length)
        {
            return false;
        }

        if (longer[0] != shorter[0])
        {
            // A surname with its particle, as the news names people on second mention: أبو الخيل for
            // إبراهيم أبو الخيل, بن لادن for أسامة بن لادن.
            return SurnameParticles.Contains(shorter[0]) && longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter);
        }

        if (longer.AsSpan(0, shorter.Length).SequenceEqual(shorter))
        {
            // ... or a kunya, one name in two words (أبو بكر ← أبو بكر البغدادي).
            return Lineage.Contains(longer[shorter.Length]) || (shorter.Length == 2 && shorter[0] == EntityCanonicalizer.AbuKey);
        }

        // The same last word, unless it is a father's name (سلمان بن عبدالعزيز does not shorten to الملك عبدالعزيز).
        if (longer[^1] != shorter[^1] || Patronymic.Contains(longer[^2]))
        {
            return false;
        }

        int at = 1;
        for (int i = 1; i < shorter.Length - 1; i++)
        {
            while (at < longer.Length - 1 && longer[at] != shorter[i])
            {
                at++;
            }

            if (at == longer.Length - 1)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    /// <summary>Where the given name of a longer name is: after its title words (الملك سلمان بن عبدالعزيز).</summary>
    private int FirstName(string[] keys)
    {
        int i = 0;
        while (i < keys.Length - 1 && _title > 0 && triggers.ClassOf(keys[i]) == _title)
        {
            i++;
        }

        return i;
    }

    private static readonly HashSet<string> SurnameParticles = [.. new[] { "أبو", "بن", "ابن" }.Select(w => ArabicKey.Normalize(w))];

    /// <summary>Words after which a name's next word is a father's name.</summary>
    private static readonly HashSet<string> Patronymic = [.. new[] { "بن", "ابن", "بنت" }.Select(w => ArabicKey.Normalize(w))];

    /// <summary>Words after which a lineage goes on: the patronymic ones and آل.</summary>
    private static readonly HashSet<string> Lineage = [.. Patronymic, ArabicKey.Normalize("آل")];

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
