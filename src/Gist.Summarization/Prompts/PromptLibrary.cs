namespace Gist.Summarization.Prompts;

/// <summary>The prompt files under <c>prompts/</c>, loaded once at start.</summary>
public sealed class PromptLibrary
{
    public static readonly string[] Required =
        ["summarize.system", "summarize.user", "repair.user", "repair-text.user", "merge.system", "merge.user", "translate.system", "answer.system", "answer.user"];

    private readonly Dictionary<string, PromptTemplate> templates;

    public PromptLibrary(IReadOnlyDictionary<string, string> texts)
    {
        var missing = Required.Where(r => !texts.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Missing prompt files: {string.Join(", ", missing.Select(m => m + ".md"))}.");
        }

        templates = texts.ToDictionary(t => t.Key, t => new PromptTemplate(t.Key, t.Value));
    }

    public PromptTemplate this[string name] => templates[name];

    /// <summary>The version of the summarization prompts together: stored with every summary.</summary>
    public string SummaryVersion => string.Join('+', this["summarize.system"].Version, this["summarize.user"].Version);

    /// <summary>Loads every *.md in the folder except README.md.</summary>
    public static PromptLibrary Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The prompts folder was not found at {folder} (set Llm__PromptsPath).");
        }

        var texts = Directory.EnumerateFiles(folder, "*.md")
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);
        return new PromptLibrary(texts);
    }
}
