using System.Text;

namespace SearchApp.Core.Search;

/// <summary>
/// Rewrites what a user typed into a search box into valid classic-QueryParser syntax, the way a
/// search box must (compare Elasticsearch's simple_query_string, which never fails): unbalanced
/// quotes are closed, unbalanced parentheses closed or dropped, stray operators (a lone <c>-</c>,
/// a leading or trailing <c>OR</c>, <c>AND OR</c>) dropped, unknown <c>field:</c> prefixes and other
/// special characters escaped. Supported syntax survives: phrases, AND/OR/NOT (and &amp;&amp; || !),
/// +/- prefixes, parentheses, trailing * for prefixes, ~ for fuzzy/slop, known fields.
/// </summary>
public static class QueryRepair
{
    private const string Specials = "\\+-!():^[]\"{}~*?|&/";

    public static (string Repaired, IReadOnlyList<string> Notes) Repair(string input, IReadOnlySet<string> knownFields)
    {
        var notes = new List<string>();
        var tokens = Tokenize(input, knownFields, notes);
        DropStrayOperators(tokens, notes);
        BalanceParentheses(tokens, notes);
        DropStrayOperators(tokens, notes);
        return (string.Join(' ', tokens.Select(t => t.Text)), notes);
    }

    private static List<Token> Tokenize(string input, IReadOnlySet<string> knownFields, List<string> notes)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new Token(c == '(' ? Kind.Open : Kind.Close, c.ToString()));
                i++;
            }
            else if (c == '"')
            {
                var close = input.IndexOf('"', i + 1);
                if (close < 0)
                {
                    notes.Add("closed an unbalanced quote");
                    close = input.Length;
                }

                var inner = input[(i + 1)..Math.Min(close, input.Length)].Replace("\\", " ", StringComparison.Ordinal).Trim();
                i = Math.Min(close + 1, input.Length);
                var slop = ReadSlop(input, ref i);
                if (inner.Length == 0)
                {
                    notes.Add("dropped an empty phrase");
                    continue;
                }

                var glued = tokens.Count > 0 && tokens[^1].Kind == Kind.FieldPrefix;
                tokens.Add(new Token(Kind.Term, "\"" + inner + "\"" + slop, glued));
            }
            else
            {
                var start = i;
                while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] is not ('(' or ')' or '"'))
                {
                    i++;
                }

                tokens.Add(ClassifyWord(input[start..i], knownFields, notes));
            }
        }

        // A field prefix glues to the phrase or group after it ("title:(a b)", "title:\"a b\"").
        return Glue(tokens);
    }

    private static string ReadSlop(string input, ref int i)
    {
        if (i < input.Length && input[i] == '~')
        {
            var j = i + 1;
            while (j < input.Length && char.IsAsciiDigit(input[j]))
            {
                j++;
            }

            var slop = j > i + 1 ? input[i..j] : string.Empty;
            i = j;
            return slop;
        }

        return string.Empty;
    }

    private static Token ClassifyWord(string word, IReadOnlySet<string> knownFields, List<string> notes)
    {
        switch (word)
        {
            case "AND" or "&&":
                return new Token(Kind.And, "AND");
            case "OR" or "||":
                return new Token(Kind.Or, "OR");
            case "NOT" or "!":
                return new Token(Kind.Not, "NOT");
        }

        var modifier = string.Empty;
        if (word[0] is '+' or '-')
        {
            modifier = word[..1];
            word = word[1..];
            if (word.Length == 0)
            {
                notes.Add($"dropped a lone '{modifier}'");
                return new Token(Kind.Nothing, string.Empty);
            }
        }

        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && knownFields.Contains(word[..colon]))
        {
            var rest = word[(colon + 1)..];
            var field = modifier + word[..(colon + 1)];
            return rest.Length == 0 ? new Token(Kind.FieldPrefix, field) : new Token(Kind.Term, field + EscapeTerm(rest, notes));
        }

        return new Token(Kind.Term, modifier + EscapeTerm(word, notes));
    }

    private static string EscapeTerm(string word, List<string> notes)
    {
        // Keep a trailing * (prefix search) after at least two letters, and a trailing ~ or ~N (fuzzy).
        var suffix = string.Empty;
        var core = word;
        var tilde = core.LastIndexOf('~');
        if (tilde > 0 && core[(tilde + 1)..].All(char.IsAsciiDigit))
        {
            suffix = core[tilde..];
            core = core[..tilde];
        }
        else if (core.Length > 2 && core[^1] == '*' && core[..^1].All(ch => !Specials.Contains(ch)))
        {
            suffix = "*";
            core = core[..^1];
        }

        var sb = new StringBuilder(core.Length + 4);
        foreach (var ch in core)
        {
            if (Specials.Contains(ch))
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        if (sb.Length != core.Length)
        {
            notes.Add($"treated special characters in '{word}' as text");
        }

        return sb.Length == 0 ? string.Empty : sb + suffix;
    }

    private static List<Token> Glue(List<Token> tokens)
    {
        var result = new List<Token>(tokens.Count);
        foreach (var t in tokens)
        {
            if (t.Kind == Kind.Nothing || (t.Kind == Kind.Term && t.Text.Length == 0))
            {
                continue;
            }

            if (result.Count > 0 && result[^1].Kind == Kind.FieldPrefix && t.Kind is Kind.Term or Kind.Open)
            {
                var prefix = result[^1].Text;
                result[^1] = t with { Text = prefix + t.Text };
                continue;
            }

            result.Add(t);
        }

        // A field prefix with nothing after it is just text.
        return result.Select(t => t.Kind == Kind.FieldPrefix ? new Token(Kind.Term, t.Text.TrimEnd(':') + "\\:") : t).ToList();
    }

    private static void DropStrayOperators(List<Token> tokens, List<string> notes)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var prev = i == 0 ? null : tokens[i - 1];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            var stray = t.Kind switch
            {
                Kind.And or Kind.Or => prev is null || prev.Kind is Kind.Open or Kind.And or Kind.Or or Kind.Not || next is null || next.Kind is Kind.Close or Kind.And or Kind.Or,
                Kind.Not => next is null || next.Kind is Kind.Close or Kind.And or Kind.Or or Kind.Not,
                _ => false,
            };
            if (stray)
            {
                notes.Add($"dropped a stray '{t.Text}'");
                tokens.RemoveAt(i);
                i = -1;
            }
        }
    }

    private static void BalanceParentheses(List<Token> tokens, List<string> notes)
    {
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == Kind.Open)
            {
                depth++;
            }
            else if (tokens[i].Kind == Kind.Close)
            {
                if (depth == 0 || tokens[i - 1].Kind == Kind.Open)
                {
                    notes.Add(depth == 0 ? "dropped an unmatched ')'" : "dropped empty parentheses");
                    if (depth > 0)
                    {
                        tokens.RemoveAt(i - 1);
                        depth--;
                        i--;
                    }

                    tokens.RemoveAt(i);
                    i--;
                    continue;
                }

                depth--;
            }
        }

        while (tokens.Count > 0 && tokens[^1].Kind == Kind.Open)
        {
            tokens.RemoveAt(tokens.Count - 1);
            depth--;
            notes.Add("dropped an unmatched '('");
        }

        if (depth > 0)
        {
            notes.Add("closed an unbalanced '('");
            for (; depth > 0; depth--)
            {
                tokens.Add(new Token(Kind.Close, ")"));
            }
        }
    }

    private enum Kind
    {
        Term,
        FieldPrefix,
        And,
        Or,
        Not,
        Open,
        Close,
        Nothing,
    }

    private sealed record Token(Kind Kind, string Text, bool Glued = false);
}
