namespace Gist.Summarization.Llm;

/// <summary>English names of ISO 639-1 codes, for prompts ("write in Russian").</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["ar"] = "Arabic", ["fa"] = "Persian", ["ru"] = "Russian", ["uk"] = "Ukrainian",
        ["zh"] = "Chinese", ["es"] = "Spanish", ["fr"] = "French", ["de"] = "German", ["tr"] = "Turkish",
        ["ur"] = "Urdu", ["hi"] = "Hindi", ["pt"] = "Portuguese", ["it"] = "Italian", ["ja"] = "Japanese",
        ["ko"] = "Korean", ["id"] = "Indonesian", ["he"] = "Hebrew", ["nl"] = "Dutch", ["pl"] = "Polish",
    };

    public static string Of(string code) => Names.TryGetValue(code, out var name) ? name : code;
}
