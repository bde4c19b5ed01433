using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SearchApp.Core.Articles;

/// <summary>Turns raw input into a canonical <see cref="Article"/> or a reason why it cannot be stored.</summary>
public static class ArticleValidator
{
    public const int MaxIdLength = 200;

    public static bool TryCreate(ArticleInput input, out Article article, out string error)
    {
        article = null!;
        var id = input.Id?.Trim();
        var body = TextCanonicalizer.Canonicalize(input.Body);
        if (string.IsNullOrEmpty(id))
        {
            error = "missing id";
            return false;
        }

        if (id.Length > MaxIdLength || id.Any(char.IsControl) || id.Contains('/', StringComparison.Ordinal))
        {
            error = $"invalid id (at most {MaxIdLength} characters, no '/' or control characters)";
            return false;
        }

        if (body.Length == 0)
        {
            error = "missing body";
            return false;
        }

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(input.Published))
        {
            if (!TryParseDate(input.Published, out var date))
            {
                error = $"invalid published date '{Truncate(input.Published, 40)}' (expected yyyy-mm-dd)";
                return false;
            }

            published = date;
        }

        article = new Article(
            id,
            TextCanonicalizer.CanonicalizeLine(input.Title),
            body,
            TextCanonicalizer.CanonicalizeLine(input.Source),
            published,
            NullIfEmpty(TextCanonicalizer.CanonicalizeLine(input.Category)),
            NullIfEmpty(input.Url?.Trim()));
        error = string.Empty;
        return true;
    }

    public static bool TryParseDate(string text, out DateOnly date)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) && trimmed.Length >= 10)
        {
            date = DateOnly.FromDateTime(dto.UtcDateTime);
            return true;
        }

        return false;
    }

    /// <summary>SHA-256 over every stored field; equal hashes mean re-ingesting changes nothing.</summary>
    public static string ContentHash(Article a)
    {
        var text = string.Join('\u001F', a.Id, a.Title, a.Body, a.Source, a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", a.Category ?? "", a.Url ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
