using Gist.Rendering;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Text;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Logging;

namespace Gist.Telegram.Articles;

/// <summary>Fetches and extracts the articles behind a message's links, answering each failure with its reason.</summary>
public sealed class LinkArticleLoader(ILinkReader reader, ReplySender replies, ArticleResponder responder, ILogger<LinkArticleLoader> logger)
{
    public async Task<Article?> TryReadAsync(Uri url, CancellationToken cancellationToken)
    {
        await replies.ShowStatusAsync(StatusMessages.ReadingArticle, cancellationToken);
        try
        {
            var article = await reader.ReadAsync(url, cancellationToken);
            if (PageShapeDetector.Detect(article.Text) is var shape and not PageShape.Article)
            {
                logger.LogInformation("Link {Host} is not an article: {Shape}", url.Host, shape);
                await replies.SayAsync($"{url.Host}: {NotAnArticle.Linked(shape)}", cancellationToken);
                return null;
            }

            return article;
        }
        catch (ArticleUnavailableException ex)
        {
            logger.LogInformation("Link {Host} unavailable: {Reason}", url.Host, ex.Reason);
            await replies.SayAsync($"{url.Host}: {ex.UserMessage}", cancellationToken);
            return null;
        }
    }

    /// <summary>Reads and summarizes each link in turn; one bad link does not stop the others.</summary>
    public async Task SummarizeAllAsync(Processing.UpdateContext context, IReadOnlyList<Uri> urls, CancellationToken cancellationToken)
    {
        foreach (var url in urls)
        {
            var article = await TryReadAsync(url, cancellationToken);
            if (article is not null)
            {
                await responder.RespondAsync(context, article, cancellationToken);
            }
        }
    }
}
