using System.Globalization;
using Gist.Core.Abstractions;
using Gist.Core.Storage;
using Gist.Core.Summaries;
using Gist.Core.Text;
using Gist.Rendering;
using Gist.Rendering.Text;
using Gist.Telegram.Articles;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace Gist.Telegram.Handlers;

/// <summary>
/// The "Full translation" button: the whole article in the chat's language, split across messages as needed, titled
/// with the summary's headline. Pressed again, it points to the translation already in the chat instead of posting
/// it twice; an article already in the chat's language is not translated into itself.
/// </summary>
public sealed class TranslationButtonHandler(
    ITelegramBotClient bot,
    IArticleStore articles,
    IArticleReplyStore replyFacts,
    IArticleTranslator translator,
    TranslationRenderer renderer,
    ReplySender replies,
    ArticleArchive archive,
    ILogger<TranslationButtonHandler> logger) : IInputHandler
{
    public const string AlreadyPosted = "⬆️ The full translation is here, above.";

    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.Commands, costsModelCall: true);

    public bool CanHandle(UpdateContext context) =>
        context.Update.CallbackQuery?.Data?.StartsWith(ArticleResponder.TranslateCallbackPrefix, StringComparison.Ordinal) == true;

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken)
    {
        var query = context.Update.CallbackQuery!;
        replies.ReplyToMessageId = query.Message?.MessageId;
        var language = context.Settings.OutputLanguage;

        // The button's data comes back from the client and can be forged: the article must be the one this chat's message
        // (the one carrying the button) is about, or any chat could read any article by its id.
        var id = long.TryParse(query.Data![ArticleResponder.TranslateCallbackPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            && query.Message is { } message
            && await articles.FindByMessageAsync(context.ChatId, message.MessageId, cancellationToken) == parsed
            ? parsed
            : -1;
        var article = id > 0 ? await articles.GetAsync(id, cancellationToken) : null;
        var posted = article is null ? null : await replyFacts.FindTranslationMessageAsync(context.ChatId, id, language, cancellationToken);
        await AnswerCallbackAsync(query.Id, posted is null ? "Translating…" : "Already translated", cancellationToken);
        if (article is null)
        {
            await replies.SayAsync("I no longer have that article. Send it again to get a translation.", cancellationToken);
            return;
        }

        if (posted is { } first)
        {
            // Reply to the first part: Telegram shows it quoted, and a tap jumps there.
            replies.ReplyToMessageId = first;
            await replies.SayAsync(AlreadyPosted, cancellationToken);
            return;
        }

        if (TranslationOffer.IsSameLanguage(article.Language, language))
        {
            await replies.SayAsync($"This article is already in {LanguageNames.NameOf(language) ?? language}: there is nothing to translate.", cancellationToken);
            return;
        }

        await replies.ShowStatusAsync(StatusMessages.Translating, cancellationToken);
        string translation;
        try
        {
            await using (TypingIndicator.Start(replies, logger, cancellationToken))
            {
                translation = await translator.TranslateAsync(article, language, cancellationToken);
            }
        }
        catch (ModelUnavailableException ex)
        {
            logger.LogWarning("Translation of article {ArticleId} failed: {Reason}", id, ex.Message);
            await replies.SayAsync(ex.IsTransient ? "The translator is busy right now. Press Full translation again in a minute." : ex.Message, cancellationToken);
            return;
        }

        await archive.AddTranslationAsync(context.ChatId, id, translation, cancellationToken);
        var headline = await replyFacts.GetHeadlineAsync(id, language, cancellationToken);
        var messageIds = await replies.DeliverAsync(renderer.Render(translation, article, language, headline), null, cancellationToken);
        foreach (var messageId in messageIds)
        {
            await articles.LinkMessageAsync(context.ChatId, messageId, id, cancellationToken);
        }

        if (messageIds.Count > 0)
        {
            await replyFacts.SaveTranslationMessageAsync(context.ChatId, id, language, messageIds[0], cancellationToken);
        }
    }

    /// <summary>Answers the callback at once so the button stops spinning (https://core.telegram.org/bots/api#answercallbackquery).</summary>
    private async Task AnswerCallbackAsync(string queryId, string text, CancellationToken cancellationToken)
    {
        try
        {
            await bot.AnswerCallbackQuery(queryId, text, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug(ex, "answerCallbackQuery failed (the query may be too old); going on");
        }
    }
}
