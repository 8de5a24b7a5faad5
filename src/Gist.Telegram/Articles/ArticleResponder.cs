using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Rendering;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Telegram.Articles;

/// <summary>
/// Article → summary → rendered reply, with the "Full translation" button when the article is in another language (and, for a post forwarded from a public
/// channel, "Add @channel to my digest"); remembers the article behind it.
/// </summary>
public sealed class ArticleResponder(
    ISummarizer summarizer,
    IArticleStore articles,
    IArticleReplyStore replyFacts,
    SummaryReplyRenderer renderer,
    ReplySender replies,
    Reruns.ModelRerunScheduler reruns,
    ChannelFollowOffer follow,
    ArticleArchive archive,
    Web.MiniAppLinks links,
    ILogger<ArticleResponder> logger)
{
    /// <summary>Callback data prefix of the translation button (https://core.telegram.org/bots/api#inlinekeyboardbutton, ≤ 64 bytes).</summary>
    public const string TranslateCallbackPrefix = "tr:";

    /// <summary>Callback data prefix of the "Add @channel to my digest" button (see <see cref="ChannelFollowOffer"/>).</summary>
    public const string FollowChannelCallbackPrefix = ChannelFollowOffer.CallbackPrefix;

    /// <summary>Callback data prefix of "Show the text read" / "Show the transcript", offered for text the bot read itself.</summary>
    public const string SourceTextCallbackPrefix = "src:";

    /// <summary>Answers; the answer offers to add a public channel to the digest when the message came from one or replies to a post forwarded from one.</summary>
    public Task RespondAsync(UpdateContext context, Article article, CancellationToken cancellationToken) =>
        RespondAsync(context, article, follow.For(context?.Message), cancellationToken);

    /// <param name="followChannel">The username of a public channel the post came from: the reply offers to add it to the digest.</param>
    public async Task RespondAsync(UpdateContext context, Article article, string? followChannel, CancellationToken cancellationToken)
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
        var firstRow = new List<InlineKeyboardButton>();
        if (!TranslationOffer.IsSameLanguage(article.Language, context.Settings.OutputLanguage))
        {
            firstRow.Add(InlineKeyboardButton.WithCallbackData(TranslationOffer.ButtonText, TranslateCallbackPrefix + articleId));
        }

        if (article.Origin is ArticleOrigin.Image or ArticleOrigin.Speech)
        {
            firstRow.Add(InlineKeyboardButton.WithCallbackData(SourceTextRenderer.ButtonText(article.Origin), SourceTextCallbackPrefix + articleId));
        }

        var rows = new List<InlineKeyboardButton[]>();
        if (firstRow.Count > 0)
        {
            rows.Add(firstRow.ToArray());
        }

        if (followChannel is not null)
        {
            rows.Add([ChannelFollowOffer.Button(followChannel)]);
        }

        if (links.ForArticle(context.ChatId, articleId) is { } open)
        {
            rows.Add([open]);
        }

        var keyboard = rows.Count > 0 ? new InlineKeyboardMarkup(rows) : null;
        await archive.SaveSummaryAsync(context.ChatId, articleId, article, result, cancellationToken);
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
