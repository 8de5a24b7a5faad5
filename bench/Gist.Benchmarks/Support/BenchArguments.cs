using System.Globalization;

namespace Gist.Benchmarks.Support;

/// <summary>"--name value" pairs after the verb.</summary>
public sealed class BenchArguments
{
    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);

    public static BenchArguments Parse(IEnumerable<string> args)
    {
        var parsed = new BenchArguments();
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                parsed.values[name] = "true";
            }
            else if (name is not null)
            {
                parsed.values[name] = arg;
                name = null;
            }
        }

        return parsed;
    }

    public string? Text(string name) => values.GetValueOrDefault(name);

    public int Whole(string name, int fallback) =>
        values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public double Number(string name, double fallback) =>
        values.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
