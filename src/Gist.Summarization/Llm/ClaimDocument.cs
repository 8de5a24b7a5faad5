using System.ComponentModel;

namespace Gist.Summarization.Llm;

/// <summary>One claim in the model's JSON.</summary>
public sealed class ClaimDocument
{
    [Description("The claim, one sentence in the output language.")]
    public string Text { get; set; } = "";

    [Description("Person and role, organization, or 'the outlet'.")]
    public string Speaker { get; set; } = "";

    [Description("statement, accusation, denial, warning, promise, figure, assessment or report.")]
    public string Kind { get; set; } = "";

    [Description("Exact words copied from the article in its original language.")]
    public string Evidence { get; set; } = "";
}
