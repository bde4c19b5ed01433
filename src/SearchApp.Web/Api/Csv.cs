namespace SearchApp.Web.Api;

/// <summary>RFC 4180 fields, plus a guard against spreadsheet formula injection.</summary>
public static class Csv
{
    public static string Row(IEnumerable<string> fields) => string.Join(',', fields.Select(Field));

    /// <summary>
    /// Quotes a field when it holds a comma, quote or line break (doubling quotes). A field starting with
    /// = + - @ or a tab is prefixed with ' so spreadsheet programs show it as text instead of running it
    /// (OWASP "CSV injection").
    /// </summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
