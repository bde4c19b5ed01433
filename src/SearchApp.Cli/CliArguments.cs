namespace SearchApp.Cli;

/// <summary>
/// Minimal argument reader: positional arguments plus <c>--name value</c> options and <c>--flag</c> switches.
/// Unknown options are an error, so typos don't pass silently.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public CliArguments(IEnumerable<string> args, IEnumerable<string> valueOptions, IEnumerable<string>? flags = null)
    {
        var withValue = valueOptions.ToHashSet(StringComparer.Ordinal);
        var switches = (flags ?? []).ToHashSet(StringComparer.Ordinal);
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var name = a[2..];
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    Set(withValue, name[..eq], name[(eq + 1)..]);
                }
                else if (switches.Contains(name))
                {
                    _options[name] = null;
                }
                else if (withValue.Contains(name))
                {
                    if (i + 1 >= list.Count)
                    {
                        throw new CliException($"--{name} needs a value");
                    }

                    _options[name] = list[++i];
                }
                else
                {
                    throw new CliException($"unknown option --{name}");
                }
            }
            else
            {
                Positional.Add(a);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public bool Has(string name) => _options.ContainsKey(name);

    public int GetInt(string name, int fallback)
    {
        var value = Get(name);
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new CliException($"--{name} must be a positive whole number");
    }

    private void Set(HashSet<string> withValue, string name, string value)
    {
        if (!withValue.Contains(name))
        {
            throw new CliException($"unknown option --{name}");
        }

        _options[name] = value;
    }
}
