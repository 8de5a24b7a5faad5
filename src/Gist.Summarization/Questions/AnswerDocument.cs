namespace Gist.Summarization.Questions;

/// <summary>The JSON the model returns for a follow-up question.</summary>
public sealed class AnswerDocument
{
    public bool Found { get; set; }

    public string Answer { get; set; } = "";

    public List<string> Quotes { get; set; } = [];
}
