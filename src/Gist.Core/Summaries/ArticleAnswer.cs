namespace Gist.Core.Summaries;

/// <param name="Answer">The answer, in the output language.</param>
/// <param name="FoundInArticle">False when the article does not contain the answer.</param>
/// <param name="Quotes">Verbatim spans of the article that support the answer (each checked against the source).</param>
/// <param name="Engine"><see cref="SummaryEngine.Llm"/> or <see cref="SummaryEngine.Offline"/>.</param>
public sealed record ArticleAnswer(string Answer, bool FoundInArticle, IReadOnlyList<string> Quotes, string Engine);
