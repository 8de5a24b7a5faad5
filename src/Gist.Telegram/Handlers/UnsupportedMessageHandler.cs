using Gist.Telegram.Processing;
using Gist.Telegram.Sending;

namespace Gist.Telegram.Handlers;

/// <summary>Stickers, locations, contacts…: a clear reply rather than silence.</summary>
public sealed class UnsupportedMessageHandler(ReplySender replies) : IInputHandler
{
    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.CatchAll, costsModelCall: false);

    public bool CanHandle(UpdateContext context) => Addressing.IsForBot(context);

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken) =>
        await replies.SayAsync("I can't read that kind of message. Send an article's text, a link, a forwarded news post, a screenshot or photo of an article, a voice note, or a .txt, .html or .pdf file.", cancellationToken);
}
