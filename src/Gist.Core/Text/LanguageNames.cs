namespace Gist.Core.Text;

/// <summary>English names of the languages news arrives in and answers are written in, by ISO 639-1 code.</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = "Arabic", ["fa"] = "Persian", ["he"] = "Hebrew", ["ur"] = "Urdu", ["ps"] = "Pashto",
        ["ku"] = "Kurdish", ["tr"] = "Turkish", ["az"] = "Azerbaijani", ["ru"] = "Russian", ["uk"] = "Ukrainian",
        ["be"] = "Belarusian", ["kk"] = "Kazakh", ["uz"] = "Uzbek", ["ka"] = "Georgian", ["hy"] = "Armenian",
        ["zh"] = "Chinese", ["ja"] = "Japanese", ["ko"] = "Korean", ["hi"] = "Hindi", ["bn"] = "Bengali",
        ["id"] = "Indonesian", ["ms"] = "Malay", ["vi"] = "Vietnamese", ["th"] = "Thai", ["en"] = "English",
        ["fr"] = "French", ["de"] = "German", ["es"] = "Spanish", ["pt"] = "Portuguese", ["it"] = "Italian",
        ["nl"] = "Dutch", ["pl"] = "Polish", ["cs"] = "Czech", ["ro"] = "Romanian", ["hu"] = "Hungarian",
        ["el"] = "Greek", ["sv"] = "Swedish", ["sr"] = "Serbian", ["bg"] = "Bulgarian", ["sw"] = "Swahili",
        ["am"] = "Amharic", ["so"] = "Somali", ["ha"] = "Hausa", ["tl"] = "Tagalog",
    };

    /// <summary>The languages answers can be written in (/language), in the order they are offered.</summary>
    public static readonly IReadOnlyList<string> OutputLanguageCodes =
    [
        "en", "ar", "fa", "ru", "uk", "zh", "es", "fr", "de", "tr", "ur", "hi", "pt", "it", "ja", "ko", "id", "he", "nl", "pl",
    ];

    /// <summary>
    /// "Arabic" for "ar" (also "ar-EG" and "ar_EG"); an unknown code comes back as given, trimmed;
    /// null or blank gives null.
    /// </summary>
    public static string? NameOf(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        var cut = trimmed.IndexOfAny(['-', '_']);
        var primary = cut > 0 ? trimmed[..cut] : trimmed;
        return Names.TryGetValue(primary, out var name) ? name : trimmed;
    }

    /// <summary>The name for a prompt ("write in Russian"): the code itself when unknown.</summary>
    public static string Of(string code) => NameOf(code) ?? code;
}
