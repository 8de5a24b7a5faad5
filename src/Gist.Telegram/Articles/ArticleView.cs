using Gist.Core.Summaries;

namespace Gist.Telegram.Articles;

/// <summary>A summary reply as the Mini App shows it: the summary and claims, the translation and follow-up answers once made.</summary>
/// <param name="Language">ISO 639-1 code of the article's own language (the evidence's).</param>
/// <param name="Translation">The full translation, once the reader asked for it.</param>
public sealed record ArticleView(
    long ArticleId,
    string Headline,
    string Summary,
    string? Title,
    string? Source,
    string? Url,
    string? Language,
    DateTimeOffset? Published,
    DateTimeOffset SentAt,
    IReadOnlyList<Claim> Claims,
    string? Translation,
    IReadOnlyList<QuestionView> Questions);
