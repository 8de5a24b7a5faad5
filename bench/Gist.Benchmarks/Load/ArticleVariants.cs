using System.Text.RegularExpressions;
using Gist.Input;

namespace Gist.Benchmarks.Load;

/// <summary>
/// Distinct articles for the load runs, so the result cache never answers for the model: one of the five
/// samples with a tag "R{chat}x{index}" put inside its first long paragraph (where cleaning keeps it). The fake
/// model reads the tag back and puts it in the headline, so the benchmark can check every reply and its order.
/// </summary>
public sealed partial class ArticleVariants
{
    private readonly string[] samples;

    public ArticleVariants(IEnumerable<string> samplePaths) => samples = [.. samplePaths.Select(File.ReadAllText)];

    public string For(long chat, int index)
    {
        var text = samples[(int)((chat + index) % samples.Length)];
        var at = text.IndexOf('\n', Math.Min(200, text.Length - 1));
        var tag = $" R{chat}x{index} ";
        return at < 0 ? text + tag : text.Insert(at, tag);
    }

    public static (long Chat, int Index)? TagIn(string text)
    {
        var match = TagPattern().Match(text);
        return match.Success ? (long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)) : null;
    }

    /// <summary>The cleaned text, as the bot will see it (for token counts).</summary>
    public static string Cleaned(string raw) => new PastedTextCleaner().Clean(raw).Text;

    [GeneratedRegex(@"\bR(\d+)x(\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
