using Gist.Core.Summaries;

namespace Gist.Digests.Building;

/// <summary>An item's summary with the article's own date, when one was found (date line, page metadata).</summary>
internal sealed record DatedSummary(SummaryResult Result, DateTimeOffset? ArticleDate);
