using Gist.Core.Articles;
using Gist.Input;
using Gist.Telegram.Articles;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Handlers;

/// <summary>
/// A forwarded post: summarized with its origin as the source. A teaser (a line or two and a link) is
/// replaced by the article it links to, still credited to the channel that posted it. When the post comes from a
/// public channel and digests are on, the answer offers to add that channel to the digest.
/// </summary>
public sealed class ForwardedPostHandler(
    PastedArticleFactory factory,
    LinkArticleLoader links,
    ArticleResponder responder,
    ReplySender replies,
    ChannelFollowOffer offer,
    IOptions<TelegramOptions> options) : IInputHandler
{
    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.Content, costsModelCall: true);

    public bool CanHandle(UpdateContext context) =>
        context.Message?.ForwardOrigin is not null && context.Message.Document is null && Addressing.IsForBot(context);

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken)
    {
        var origin = ForwardOriginSource.From(context.Message!.ForwardOrigin!);
        var isTeaser = MessageLinks.TextLengthWithoutLinks(context) < options.Value.MinArticleLength;
        var urls = MessageLinks.Find(context);

        Article? article = null;
        if (isTeaser && urls.Count > 0)
        {
            article = await links.TryReadAsync(urls[0], cancellationToken);
            if (article is null)
            {
                return; // The loader already told the user why the link could not be read.
            }
        }
        else if (context.Text.Trim().Length >= options.Value.MinArticleLength / 2)
        {
            article = factory.Create(context.Text, ArticleOrigin.Forwarded);
        }

        if (article is null)
        {
            await replies.SayAsync($"The post forwarded from {origin.Name} has too little text to summarize and no link to an article.", cancellationToken);
            return;
        }

        var viaLink = article.Origin == ArticleOrigin.Link ? $" (linked article: {article.Source ?? article.Url})" : "";
        var follow = offer.For(context.Message);
        await responder.RespondAsync(context, article with
        {
            Source = origin.Name + viaLink,
            Url = origin.Url ?? article.Url,
            Published = article.Published ?? origin.Date,
            Origin = ArticleOrigin.Forwarded,
        }, follow, cancellationToken);
    }
}
