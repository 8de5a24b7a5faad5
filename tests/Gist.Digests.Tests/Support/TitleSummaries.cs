using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Summaries;

namespace Gist.Digests.Tests.Support;

/// <summary>
/// A summarizer whose headline is the article's title (or its text), so a test can see exactly which items reached
/// the digest, whatever their text; records the articles it was given.
/// </summary>
public sealed class TitleSummaries : ISummarizer
{
    public List<Article> Articles { get; } = [];

    public Task<SummaryResult> SummarizeAsync(Article article, string outputLanguage, CancellationToken cancellationToken)
    {
        lock (Articles)
        {
            Articles.Add(article);
        }

        return Task.FromResult(new SummaryResult
        {
            Headline = article.Title ?? article.Text,
            Summary = article.Text,
            Claims = [],
            SourceLanguage = "ar",
            Engine = SummaryEngine.Llm,
        });
    }
}
