using System.ComponentModel;

namespace Gist.Summarization.Llm;

/// <summary>The JSON the merge call returns: one headline and summary for the whole article.</summary>
public sealed class MergeDocument
{
    [Description("One-line headline in the output language.")]
    public string Headline { get; set; } = "";

    [Description("3 to 6 sentences in the output language.")]
    public string Summary { get; set; } = "";
}
