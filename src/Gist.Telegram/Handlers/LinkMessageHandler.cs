using Gist.Telegram.Articles;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Handlers;

/// <summary>A message that is mostly links: each page (up to the configured number) is read and summarized.</summary>
public sealed class LinkMessageHandler(LinkArticleLoader links, ReplySender replies, IOptions<TelegramOptions> options) : IInputHandler
{
    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.Content, costsModelCall: true);

    public bool CanHandle(UpdateContext context) =>
        Addressing.IsForBot(context)
        && context.Message?.ForwardOrigin is null
        && MessageLinks.TextLengthWithoutLinks(context) < options.Value.MinArticleLength
        && MessageLinks.Find(context).Count > 0;

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken)
    {
        var urls = MessageLinks.Find(context);
        var max = options.Value.MaxLinksPerMessage;
        await links.SummarizeAllAsync(context, [.. urls.Take(max)], cancellationToken);
        if (urls.Count > max)
        {
            await replies.SayAsync($"I read the first {max} links of a message; {urls.Count - max} more were left out. Send them in another message.", cancellationToken);
        }
    }
}
