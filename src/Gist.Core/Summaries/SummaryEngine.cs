namespace Gist.Core.Summaries;

public static class SummaryEngine
{
    /// <summary>The model wrote the summary.</summary>
    public const string Llm = "llm";

    /// <summary>The extractive engine wrote it: no model, untranslated.</summary>
    public const string Offline = "offline";
}
