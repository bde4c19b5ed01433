using System.Globalization;

namespace SearchApp.Cli.Commands;

/// <summary>Positional arguments and <c>--name value</c> options, parsed once.</summary>
public sealed class CommandOptions
{
    private readonly Dictionary<string, string> _named = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static CommandOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var o = new CommandOptions();
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (i + 1 >= args.Count)
                {
                    throw new ArgumentException($"option {args[i]} needs a value");
                }

                o._named[args[i]] = args[++i];
            }
            else
            {
                o.Positional.Add(args[i]);
            }
        }

        return o;
    }

    public string Argument(int index, string what) =>
        index < Positional.Count ? Positional[index] : throw new ArgumentException($"missing {what}");

    public string? Optional(string name) => _named.GetValueOrDefault(name);

    public string Required(string name) => Optional(name) ?? throw new ArgumentException($"missing {name}");

    public int Int(string name, int fallback) =>
        Optional(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) =>
        Optional(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
