namespace Gist.Telegram.Commands;

/// <summary>The languages answers can be written in, by ISO 639-1 code and English name.</summary>
public static class OutputLanguages
{
    private static readonly (string Code, string Name)[] Known =
    [
        ("en", "English"), ("ar", "Arabic"), ("fa", "Persian"), ("ru", "Russian"), ("uk", "Ukrainian"),
        ("zh", "Chinese"), ("es", "Spanish"), ("fr", "French"), ("de", "German"), ("tr", "Turkish"),
        ("ur", "Urdu"), ("hi", "Hindi"), ("pt", "Portuguese"), ("it", "Italian"), ("ja", "Japanese"),
        ("ko", "Korean"), ("id", "Indonesian"), ("he", "Hebrew"), ("nl", "Dutch"), ("pl", "Polish"),
    ];

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
