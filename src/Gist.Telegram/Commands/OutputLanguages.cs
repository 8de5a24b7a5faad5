using Gist.Core.Text;

namespace Gist.Telegram.Commands;

/// <summary>The languages answers can be written in, by ISO 639-1 code and English name (<see cref="LanguageNames"/>).</summary>
public static class OutputLanguages
{
    private static readonly (string Code, string Name)[] Known =
        [.. LanguageNames.OutputLanguageCodes.Select(code => (code, LanguageNames.Of(code)))];

    public static IEnumerable<string> Codes => Known.Select(k => k.Code);

    /// <summary>Resolves "ru", "RU", "russian" or "Russian" to "ru"; null when unknown.</summary>
    public static string? Resolve(string input)
    {
        var value = input.Trim();
        foreach (var (code, name) in Known)
        {
            if (string.Equals(value, code, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(value, name, StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        return null;
    }

    public static string NameOf(string code) =>
        Known.FirstOrDefault(k => k.Code == code).Name ?? code;
}
