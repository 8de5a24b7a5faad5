namespace Gist.Cli;

/// <summary>Positional arguments and <c>--flag</c> / <c>--option value</c> pairs.</summary>
public sealed class CliArguments
{
    private readonly HashSet<string> flags = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);

    public CliArguments(string[] args, params string[] optionsWithValues)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                if (optionsWithValues.Contains(arg, StringComparer.OrdinalIgnoreCase) && i + 1 < args.Length)
                {
                    values[arg] = args[++i];
                }
                else
                {
                    flags.Add(arg);
                }
            }
            else
            {
                Positional.Add(arg);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public bool Has(string flag) => flags.Contains(flag);

    public string? Value(string option) => values.GetValueOrDefault(option);
}
