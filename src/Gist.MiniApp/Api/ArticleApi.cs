using System.Globalization;
using Gist.MiniApp.Auth;
using Gist.Telegram.Articles;
using Microsoft.AspNetCore.Http;

namespace Gist.MiniApp.Api;

/// <summary>The user's summary replies: the recent list, and one article view. Only the user's own chat's.</summary>
public sealed class ArticleApi(ArticleArchive archive)
{
    public const int MaxArticles = 100;

    public async Task<IResult> ListAsync(HttpContext context, MiniAppUser user, CancellationToken cancellationToken)
    {
        var articles = await archive.ListAsync(user.Id, MaxArticles, cancellationToken);
        return ApiResponses.Ok(articles.Select(a => new ArticleEntry(a.ArticleId, a.Headline, a.Source, a.SentAt)).ToList());
    }

    public async Task<IResult> GetAsync(HttpContext context, MiniAppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!long.TryParse(context.Request.RouteValues["id"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return ApiResponses.Invalid("An article is named by its number.");
        }

        // The same answer whether the article does not exist or belongs to another chat.
        return await archive.GetAsync(user.Id, id, cancellationToken) is { } article
            ? ApiResponses.Ok(article)
            : ApiResponses.NotFound("No such summary in your chat.");
    }

    public sealed record ArticleEntry(long ArticleId, string Headline, string? Source, DateTimeOffset SentAt);
}
