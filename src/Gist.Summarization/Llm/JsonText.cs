namespace Gist.Summarization.Llm;

/// <summary>Some OpenAI-compatible servers wrap JSON in a Markdown code fence even when asked for a schema.</summary>
public static class JsonText
{
    public static string Unfence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var firstLine = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var end = trimmed.LastIndexOf("```", StringComparison.Ordinal);
        return firstLine > 0 && end > firstLine ? trimmed[(firstLine + 1)..end].Trim() : trimmed;
    }
}
