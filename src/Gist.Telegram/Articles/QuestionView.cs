namespace Gist.Telegram.Articles;

/// <summary>A follow-up question about an article and the answer given, with the article's words supporting it.</summary>
public sealed record QuestionView(string Question, string Answer, bool FoundInArticle, IReadOnlyList<string> Quotes, DateTimeOffset AskedAt);
