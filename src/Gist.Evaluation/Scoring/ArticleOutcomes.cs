namespace Gist.Evaluation.Scoring;

/// <summary>How the summarizer's exchange with the model ended for one article.</summary>
public static class ArticleOutcomes
{
    /// <summary>The first answer passed the schema and the output checks.</summary>
    public const string FirstTry = "first-try";

    /// <summary>The first answer failed; the answer to the one repair request passed.</summary>
    public const string AfterRepair = "after-repair";

    /// <summary>No usable answer: invalid after the repair, or the model failed.</summary>
    public const string Failed = "failed";
}
