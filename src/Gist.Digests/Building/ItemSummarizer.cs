using System.Collections.Concurrent;
using System.Text.Json;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Digests;
using Gist.Core.Summaries;
using Gist.Digests.Stories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Gist.Core.Storage;

namespace Gist.Digests.Building;

/// <summary>
/// The English summary of each item, made once and stored on the item, so it is shared by every subscriber: the
/// number of model calls grows with items, never with subscribers. A teaser item gets its article read from its
/// link first (through the safe link reader); the page's own date (metadata, JSON-LD) is kept on the item as its
/// article date. Concurrent requests for the same item share one summarization.
/// </summary>
public sealed class ItemSummarizer(
    ISummarizer summarizer,
    ILinkReader links,
    IFeedStore feeds,
    IOptions<DigestsOptions> options,
    ILogger<ItemSummarizer> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<long, Lazy<Task<DatedSummary?>>> inFlight = new();
    private SemaphoreSlim? gate;

    /// <summary>Summaries of the items, in the same order; an item that cannot be summarized is left out.</summary>
    public async Task<IReadOnlyList<StoryItem>> SummarizeAsync(IReadOnlyList<(FeedItemRecord Item, string Outlet)> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var tasks = items.Select(async x => (x.Item, x.Outlet, Summary: await SummaryOfAsync(x.Item, x.Outlet, cancellationToken))).ToList();
        var done = await Task.WhenAll(tasks);
        return done.Where(d => d.Summary is not null).Select(d => new StoryItem(d.Item, d.Outlet, d.Summary!.Result) { ArticleDate = d.Summary!.ArticleDate }).ToList();
    }

    private Task<DatedSummary?> SummaryOfAsync(FeedItemRecord item, string outlet, CancellationToken cancellationToken)
    {
        if (item.SummaryJson is not null && JsonSerializer.Deserialize<SummaryResult>(item.SummaryJson, Json) is { } stored)
        {
            return Task.FromResult<DatedSummary?>(new DatedSummary(stored, item.ArticleDate));
        }

        var lazy = inFlight.GetOrAdd(item.Id, _ => new Lazy<Task<DatedSummary?>>(() => MakeAsync(item, outlet, cancellationToken)));
        return lazy.Value;
    }

    private async Task<DatedSummary?> MakeAsync(FeedItemRecord item, string outlet, CancellationToken cancellationToken)
    {
        var limiter = LazyInitializer.EnsureInitialized(ref gate, () => new SemaphoreSlim(options.Value.SummaryConcurrency));
        await limiter.WaitAsync(cancellationToken);
        try
        {
            var (article, ownDate) = await ArticleOfAsync(item, outlet, cancellationToken);
            if (article is null)
            {
                return null;
            }

            var summary = await summarizer.SummarizeAsync(article, "en", cancellationToken);
            await feeds.SetSummaryAsync(item.Id, JsonSerializer.Serialize(summary, Json), ownDate, cancellationToken);
            return new DatedSummary(summary, ownDate);
        }
        catch (Exception ex) when (ex is ArgumentException or ModelUnavailableException)
        {
            logger.LogWarning(ex, "Item {Item} of {Outlet} could not be summarized", item.Id, outlet);
            return null;
        }
        finally
        {
            limiter.Release();
            inFlight.TryRemove(item.Id, out _);
        }
    }

    private async Task<(Article? Article, DateTimeOffset? OwnDate)> ArticleOfAsync(FeedItemRecord item, string outlet, CancellationToken cancellationToken)
    {
        var article = new Article
        {
            Text = item.Text,
            Title = item.Title,
            Source = outlet,
            Url = item.Link,
            Published = item.ArticleDate ?? item.Published,
            Origin = ArticleOrigin.Feed,
        };
        if (item.IsTeaser && item.Link is not null)
        {
            try
            {
                var read = await links.ReadAsync(new Uri(item.Link), cancellationToken);
                var ownDate = item.ArticleDate ?? read.Published;
                return (article with { Text = read.Text, Title = item.Title ?? read.Title, Language = read.Language, Published = ownDate ?? item.Published }, ownDate);
            }
            catch (ArticleUnavailableException ex)
            {
                logger.LogInformation("The article of teaser item {Item} could not be read ({Reason}); summarizing the teaser", item.Id, ex.Reason);
            }
        }

        var kept = string.IsNullOrWhiteSpace(article.Text) ? (item.Title is null ? null : article with { Text = item.Title }) : article;
        return (kept, item.ArticleDate);
    }
}
