using System.Globalization;
using Gist.Core.Abstractions;
using Gist.Core.Storage;
using Gist.Core.Summaries;
using Gist.Rendering;
using Gist.Telegram.Articles;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace Gist.Telegram.Handlers;

/// <summary>The "Full translation" button: the whole article in the chat's language, split across messages as needed.</summary>
public sealed class TranslationButtonHandler(
    ITelegramBotClient bot,
    IArticleStore articles,
    IArticleTranslator translator,
    TranslationRenderer renderer,
    ReplySender replies,
    ILogger<TranslationButtonHandler> logger) : IInputHandler
{
    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.Commands, costsModelCall: true);

    public bool CanHandle(UpdateContext context) =>
        context.Update.CallbackQuery?.Data?.StartsWith(ArticleResponder.TranslateCallbackPrefix, StringComparison.Ordinal) == true;

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken)
    {
        var query = context.Update.CallbackQuery!;
        replies.ReplyToMessageId = query.Message?.MessageId;

        // Answer the callback at once so the button stops spinning (https://core.telegram.org/bots/api#answercallbackquery).
        try
        {
            await bot.AnswerCallbackQuery(query.Id, "Translating…", cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug(ex, "answerCallbackQuery failed (the query may be too old); translating anyway");
        }

        // The button's data comes back from the client and can be forged: the article must be the one this chat's message
        // (the one carrying the button) is about, or any chat could read any article by its id.
        var article = long.TryParse(query.Data![ArticleResponder.TranslateCallbackPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && query.Message is { } message
            && await articles.FindByMessageAsync(context.ChatId, message.MessageId, cancellationToken) == id
            ? await articles.GetAsync(id, cancellationToken)
            : null;
        if (article is null)
        {
            await replies.SayAsync("I no longer have that article. Send it again to get a translation.", cancellationToken);
            return;
        }

        await replies.ShowStatusAsync(StatusMessages.Translating, cancellationToken);
        string translation;
        try
        {
            await using (TypingIndicator.Start(replies, logger, cancellationToken))
            {
                translation = await translator.TranslateAsync(article, context.Settings.OutputLanguage, cancellationToken);
            }
        }
        catch (ModelUnavailableException ex)
        {
            await replies.SayAsync(ex.Message, cancellationToken);
            return;
        }

        var messageIds = await replies.DeliverAsync(renderer.Render(translation, article, context.Settings.OutputLanguage), null, cancellationToken);
        foreach (var messageId in messageIds)
        {
            await articles.LinkMessageAsync(context.ChatId, messageId, id, cancellationToken);
        }
    }
}
