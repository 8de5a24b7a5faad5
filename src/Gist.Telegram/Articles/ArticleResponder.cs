using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Rendering;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Logging;

namespace Gist.Telegram.Articles;

/// <summary>Article → summary → rendered reply, with the "Full translation" button when the article is in another language; remembers the article behind it.</summary>
public sealed class ArticleResponder(
    ISummarizer summarizer,
    IArticleStore articles,
    IArticleReplyStore replyFacts,
    SummaryReplyRenderer renderer,
    ReplySender replies,
    Reruns.ModelRerunScheduler reruns,
    ILogger<ArticleResponder> logger)
{
    /// <summary>Callback data prefix of the translation button (https://core.telegram.org/bots/api#inlinekeyboardbutton, ≤ 64 bytes).</summary>
    public const string TranslateCallbackPrefix = "tr:";

    public async Task RespondAsync(UpdateContext context, Article article, CancellationToken cancellationToken)
    {
        var articleId = await articles.SaveAsync(article, cancellationToken);
        await replies.ShowStatusAsync(StatusMessages.Summarizing, cancellationToken);

        Core.Summaries.SummaryResult result;
        await using (TypingIndicator.Start(replies, logger, cancellationToken))
        {
            result = await summarizer.SummarizeAsync(article, context.Settings.OutputLanguage, cancellationToken);
        }

        // The reply promises an English summary later only when a re-run will really come.
        result = result with { ModelMayAnswerLater = result.ModelMayAnswerLater && reruns.Enabled };

        if (!string.IsNullOrWhiteSpace(result.Headline))
        {
            // The headline in the answer's language titles the translation and the digest's "your reading".
            await replyFacts.SaveHeadlineAsync(articleId, result.OutputLanguage, result.Headline.Trim(), cancellationToken);
        }

        var parts = renderer.Render(result, article);
        var keyboard = TranslationOffer.For(articleId, article.Language, context.Settings.OutputLanguage);
        var messageIds = await replies.DeliverAsync(parts, keyboard, cancellationToken);
        foreach (var messageId in messageIds)
        {
            await articles.LinkMessageAsync(context.ChatId, messageId, articleId, cancellationToken);
        }

        if (result.ModelMayAnswerLater)
        {
            await reruns.ScheduleAsync(context, articleId, messageIds, cancellationToken);
        }

        logger.LogInformation("Answered update {UpdateId} in chat {ChatId} with {Engine} summary ({Model}, prompt {PromptVersion}), {Claims} claims, {Dropped} dropped",
            context.Item.UpdateId, context.ChatId, result.Engine, result.Model, result.PromptVersion, result.Claims.Count, result.DroppedClaims);
    }
}
