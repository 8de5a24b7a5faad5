using Gist.Core.Abstractions;
using Gist.Core.Storage;
using Gist.Core.Summaries;
using Gist.Rendering;
using Gist.Storage.Reliability;
using Gist.Telegram.Articles;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Telegram.Reruns;

/// <summary>
/// Asks the summarizer again for a reply that was answered offline; when the model answers, the same messages
/// are edited into the model's reply (extra parts follow as new messages, surplus old parts are deleted).
/// </summary>
public sealed class FallbackReplacer(
    ISummarizer summarizer,
    IArticleStore articles,
    SummaryReplyRenderer renderer,
    ITelegramBotClient bot)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task<RerunOutcome> ReplaceAsync(ModelRerun rerun, CancellationToken cancellationToken)
    {
        if (await articles.GetAsync(rerun.ArticleId, cancellationToken) is not { } article)
        {
            return RerunOutcome.GivenUp;
        }

        var result = await summarizer.SummarizeAsync(article, rerun.OutputLanguage, cancellationToken);
        if (result.Engine != SummaryEngine.Llm)
        {
            return result.ModelMayAnswerLater ? RerunOutcome.StillUnavailable : RerunOutcome.GivenUp;
        }

        var parts = renderer.Render(result, article);
        var keyboard = new InlineKeyboardMarkup(
            InlineKeyboardButton.WithCallbackData("Full translation", ArticleResponder.TranslateCallbackPrefix + rerun.ArticleId));
        try
        {
            for (var i = 0; i < parts.Count; i++)
            {
                var markup = i == parts.Count - 1 ? keyboard : null;
                if (i < rerun.MessageIds.Count)
                {
                    await EditAsync(rerun.ChatId, rerun.MessageIds[i], parts[i], markup, cancellationToken);
                    continue;
                }

                var sent = await bot.SendMessage(rerun.ChatId, parts[i], parseMode: ParseMode.Html, replyMarkup: markup,
                    linkPreviewOptions: NoPreview,
                    replyParameters: rerun.ReplyToMessageId is { } r ? new ReplyParameters { MessageId = r, AllowSendingWithoutReply = true } : null,
                    cancellationToken: cancellationToken);
                await articles.LinkMessageAsync(rerun.ChatId, sent.MessageId, rerun.ArticleId, cancellationToken);
            }

            foreach (var surplus in rerun.MessageIds.Skip(parts.Count))
            {
                await bot.DeleteMessage(rerun.ChatId, surplus, cancellationToken);
            }
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 400 or 403)
        {
            // Blocked, chat gone, or the user deleted the reply: leave it be.
            return RerunOutcome.GivenUp;
        }

        return RerunOutcome.Replaced;
    }

    private async Task EditAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? markup, CancellationToken cancellationToken)
    {
        try
        {
            await bot.EditMessageText(chatId, messageId, html, parseMode: ParseMode.Html, replyMarkup: markup,
                linkPreviewOptions: NoPreview, cancellationToken: cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            // Already replaced by an earlier run that was cut off before it was recorded.
        }
    }
}
