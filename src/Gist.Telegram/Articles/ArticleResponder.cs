using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Rendering;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Telegram.Articles;

/// <summary>Article → summary → rendered reply, with the "Full translation" button; remembers the article behind it.</summary>
public sealed class ArticleResponder(
    ISummarizer summarizer,
    IArticleStore articles,
    SummaryReplyRenderer renderer,
    ReplySender replies,
    Reruns.ModelRerunScheduler reruns,
    ILogger<ArticleResponder> logger)
{
    /// <summary>Callback data prefix of the translation button (https://core.telegram.org/bots/api#inlinekeyboardbutton, ≤ 64 bytes).</summary>
    public const string TranslateCallbackPrefix = "tr:";

    /// <summary>Callback data prefix of "Show the text read" / "Show the transcript", offered for text the bot read itself.</summary>
    public const string SourceTextCallbackPrefix = "src:";

    public async Task RespondAsync(UpdateContext context, Article article, CancellationToken cancellationToken)
    {
        var articleId = await articles.SaveAsync(article, cancellationToken);
        await replies.ShowStatusAsync(StatusMessages.Summarizing, cancellationToken);

        Core.Summaries.SummaryResult result;
        await using (TypingIndicator.Start(replies, logger, cancellationToken))
        {
            result = await summarizer.SummarizeAsync(article, context.Settings.OutputLanguage, cancellationToken);
        }

        var parts = renderer.Render(result, article);
        var translate = InlineKeyboardButton.WithCallbackData("Full translation", TranslateCallbackPrefix + articleId);
        var keyboard = article.Origin is ArticleOrigin.Image or ArticleOrigin.Speech
            ? new InlineKeyboardMarkup(new[] { translate, InlineKeyboardButton.WithCallbackData(SourceTextRenderer.ButtonText(article.Origin), SourceTextCallbackPrefix + articleId) })
            : new InlineKeyboardMarkup(translate);
        var messageIds = await replies.DeliverAsync(parts, keyboard, cancellationToken);
        foreach (var messageId in messageIds)
        {
            await articles.LinkMessageAsync(context.ChatId, messageId, articleId, cancellationToken);
        }

        if (result.ModelMayAnswerLater)
        {
            await reruns.ScheduleAsync(context, articleId, messageIds, cancellationToken);
        }

        logger.LogInformation("Answered update {UpdateId} in chat {ChatId} with {Engine} summary, {Claims} claims, {Dropped} dropped",
            context.Item.UpdateId, context.ChatId, result.Engine, result.Claims.Count, result.DroppedClaims);
    }
}
