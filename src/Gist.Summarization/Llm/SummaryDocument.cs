using System.ComponentModel;

namespace Gist.Summarization.Llm;

/// <summary>The JSON the model must return; its schema is sent as the response format.</summary>
public sealed class SummaryDocument
{
    [Description("One-line headline in the output language.")]
    public string Headline { get; set; } = "";

    [Description("3 to 6 sentences in the output language.")]
    public string Summary { get; set; } = "";

    public List<ClaimDocument> Claims { get; set; } = [];

    [Description("ISO 639-1 code of the article's language.")]
    public string SourceLanguage { get; set; } = "";
}
