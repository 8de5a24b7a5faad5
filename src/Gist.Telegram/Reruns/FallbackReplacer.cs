using Gist.Core.Abstractions;
using Gist.Core.Storage;
using Gist.Core.Summaries;
using Gist.Rendering;
using Gist.Telegram.Articles;
using Gist.Telegram.Sending.Throttling;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Telegram.Reruns;

/// <summary>
/// Asks the summarizer again for a reply that was answered offline; when the model answers, the same messages
/// are edited into the model's reply (extra parts follow as new messages, surplus old parts are deleted).
/// The keyboard-bearing part goes last, after the surplus is deleted, so the chat never shows two finished replies
/// at once; every message the reply holds is recorded as it changes, so a re-run cut off half-way never sends a
/// part twice. Calls go through the outbound throttle at interactive priority, like any reply.
/// </summary>
public sealed class FallbackReplacer(
    ISummarizer summarizer,
    IArticleStore articles,
    IArticleReplyStore replyFacts,
    IModelRerunStore reruns,
    SummaryReplyRenderer renderer,
    ITelegramBotClient bot,
    OutboundThrottle throttle,
    ArticleArchive archive,
    Web.MiniAppLinks links)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>The Mini App's "Open" stays under the replaced reply, as the first reply had it.</summary>
    private InlineKeyboardMarkup? WithOpenButton(InlineKeyboardMarkup? keyboard, ModelRerun rerun)
    {
        if (links.ForArticle(rerun.ChatId, rerun.ArticleId) is not { } open)
        {
            return keyboard;
        }

        var rows = keyboard?.InlineKeyboard.Select(r => r.ToArray()).ToList() ?? [];
        rows.Add([open]);
        return new InlineKeyboardMarkup(rows);
    }

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

        await replyFacts.SaveHeadlineAsync(rerun.ArticleId, result.OutputLanguage, result.Headline.Trim(), cancellationToken);
        var parts = renderer.Render(result, article);
        await archive.SaveSummaryAsync(rerun.ChatId, rerun.ArticleId, article, result, cancellationToken);
        var keyboard = WithOpenButton(TranslationOffer.For(rerun.ArticleId, article.Language, rerun.OutputLanguage), rerun);
        var held = rerun.MessageIds.ToList();
        try
        {
            for (var i = 0; i < parts.Count - 1; i++)
            {
                await PutPartAsync(rerun, held, i, parts[i], null, cancellationToken);
            }

            // Surplus parts go before the last part gets its keyboard: the old keyboard sits on the old last part.
            while (held.Count > parts.Count)
            {
                await DeleteAsync(rerun.ChatId, held[^1], cancellationToken);
                held.RemoveAt(held.Count - 1);
                await reruns.UpdateMessagesAsync(rerun.Id, held, CancellationToken.None);
            }

            await PutPartAsync(rerun, held, parts.Count - 1, parts[^1], keyboard, cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 400 or 403)
        {
            // Blocked, chat gone, or the user deleted the reply: leave it be.
            return RerunOutcome.GivenUp;
        }

        return RerunOutcome.Replaced;
    }

    private async Task PutPartAsync(ModelRerun rerun, List<int> held, int index, string html, InlineKeyboardMarkup? markup, CancellationToken cancellationToken)
    {
        if (index < held.Count)
        {
            await EditAsync(rerun.ChatId, held[index], html, markup, cancellationToken);
            return;
        }

        await WaitTurnAsync(rerun.ChatId, edit: false, cancellationToken);
        var sent = await bot.SendMessage(rerun.ChatId, html, parseMode: ParseMode.Html, replyMarkup: markup,
            linkPreviewOptions: NoPreview,
            replyParameters: rerun.ReplyToMessageId is { } r ? new ReplyParameters { MessageId = r, AllowSendingWithoutReply = true } : null,
            cancellationToken: cancellationToken);
        held.Add(sent.MessageId);
        await reruns.UpdateMessagesAsync(rerun.Id, held, CancellationToken.None);
        await articles.LinkMessageAsync(rerun.ChatId, sent.MessageId, rerun.ArticleId, CancellationToken.None);
    }

    private async Task EditAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? markup, CancellationToken cancellationToken)
    {
        await WaitTurnAsync(chatId, edit: true, cancellationToken);
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

    private async Task DeleteAsync(long chatId, int messageId, CancellationToken cancellationToken)
    {
        await WaitTurnAsync(chatId, edit: true, cancellationToken);
        try
        {
            await bot.DeleteMessage(chatId, messageId, cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("not found", StringComparison.OrdinalIgnoreCase))
        {
            // Already gone (deleted by the user, or by an earlier run cut off before it was recorded).
        }
    }

    private ValueTask WaitTurnAsync(long chatId, bool edit, CancellationToken cancellationToken) =>
        throttle.WaitAsync(chatId, SendPriority.Interactive, cancellationToken, edit);
}
