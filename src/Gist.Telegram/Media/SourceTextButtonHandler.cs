using System.Globalization;
using Gist.Core.Storage;
using Gist.Rendering;
using Gist.Telegram.Articles;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace Gist.Telegram.Media;

/// <summary>"Show the text read" / "Show the transcript": the text read from an image or a recording, in its own language.</summary>
public sealed class SourceTextButtonHandler(
    ITelegramBotClient bot,
    IArticleStore articles,
    SourceTextRenderer renderer,
    ReplySender replies,
    ILogger<SourceTextButtonHandler> logger) : IInputHandler
{
    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.Commands, costsModelCall: false);

    public bool CanHandle(UpdateContext context) =>
        context.Update.CallbackQuery?.Data?.StartsWith(ArticleResponder.SourceTextCallbackPrefix, StringComparison.Ordinal) == true;

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken)
    {
        var query = context.Update.CallbackQuery!;
        replies.ReplyToMessageId = query.Message?.MessageId;
        try
        {
            await bot.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug(ex, "answerCallbackQuery failed (the query may be too old); sending the text anyway");
        }

        var article = long.TryParse(query.Data![ArticleResponder.SourceTextCallbackPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await articles.GetAsync(id, cancellationToken)
            : null;
        if (article is null)
        {
            await replies.SayAsync("I no longer have that text. Send the image or recording again.", cancellationToken);
            return;
        }

        await replies.DeliverAsync(renderer.Render(article), null, cancellationToken);
    }
}
