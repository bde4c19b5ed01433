namespace SearchApp.Core.Analysis;

/// <summary>
/// Query-time spelling-variant expansion (the map is NOT applied at index time: the index keeps what
/// was written, and the map can change without a reindex). Given one normalised token it returns the
/// other spellings in the same inflection and with the same clitics, so each can be analysed by every
/// field's analyzer and added as a synonym: والأميركية -> [والامريكيه], لترامب -> [لترمب].
/// </summary>
public sealed class VariantExpander
{
    /// <summary>Clitics that may precede a member (longest first); the bare token is tried too.</summary>
    private static readonly string[] Proclitics =
        ["وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"];

    /// <summary>Inflection endings that may follow a member (nisba, feminine, plural, dual, pronoun).</summary>
    private static readonly HashSet<string> Endings = new(StringComparer.Ordinal)
    {
        string.Empty, "ه", "ها", "هم", "ان", "ات", "ون", "ين", "ي", "يه", "يين", "يون", "يات", "يا", "ا",
    };

    private readonly VariantMap _map;

    public VariantExpander(VariantMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        _map = map;
    }

    /// <summary>
    /// The other spellings of <paramref name="token"/> (normalised with <see cref="ArabicAnalysis.Normalize"/>
    /// if it is not already), without the token itself; empty when the token has no variants.
    /// The longest matching member wins, so an ending is only peeled off when no member covers it.
    /// </summary>
    public IReadOnlyList<string> Expand(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var word = ArabicFolding.NormalizeText(token);
        if (word.Length < 2)
        {
            return [];
        }

        var best = FindMember(word, 0);
        foreach (var p in Proclitics)
        {
            if (word.Length > p.Length + 1 && word.StartsWith(p, StringComparison.Ordinal))
            {
                var match = FindMember(word, p.Length);
                if (match is { } m && (best is null || m.Member.Length > best.Value.Member.Length))
                {
                    best = m;
                }
            }
        }

        if (best is not { } found)
        {
            return [];
        }

        var prefix = word[..found.Start];
        var ending = word[(found.Start + found.Member.Length)..];
        var group = _map.GroupOf(found.Member)!;
        return [.. group.Where(m => m != found.Member).Select(m => prefix + m + ending).Where(v => v != word).Distinct(StringComparer.Ordinal)];
    }

    private (int Start, string Member)? FindMember(string word, int start)
    {
        var core = word.AsSpan(start);
        var longest = Math.Min(core.Length, _map.LongestMember);
        for (var length = longest; length >= 2; length--)
        {
            var candidate = core[..length];
            if (!Endings.Contains(core[length..].ToString()))
            {
                continue;
            }

            var member = candidate.ToString();
            if (_map.GroupOf(member) is not null)
            {
                return (start, member);
            }
        }

        return null;
    }
}
