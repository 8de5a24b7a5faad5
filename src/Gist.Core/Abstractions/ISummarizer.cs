using Gist.Core.Articles;
using Gist.Core.Summaries;

namespace Gist.Core.Abstractions;

/// <summary>Turns an article into a validated summary with evidence-checked claims.</summary>
public interface ISummarizer
{
    Task<SummaryResult> SummarizeAsync(Article article, string outputLanguage, CancellationToken cancellationToken);
}
