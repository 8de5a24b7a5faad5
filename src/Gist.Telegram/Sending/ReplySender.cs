using Gist.Core.Storage;
using Gist.Rendering;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending.Throttling;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Telegram.Sending;

/// <summary>
/// Sends the bot's answer to one update (one instance per update scope). A placeholder goes out at once and is
/// recorded in the inbox; the answer edits it, so a restart after a crash edits rather than sends a second reply.
/// What each message shows is recorded too: the process resuming an update (this one after a restart, or another
/// instance) skips an edit the message already shows, which Telegram would refuse with 400 "message is not modified".
/// Every message is Telegram HTML built by the renderer, with link previews off.
/// </summary>
public sealed class ReplySender(
    ITelegramBotClient bot,
    IUpdateInbox inbox,
    IReplyProgressStore progress,
    OutboundThrottle throttle,
    ChatActionBudget chatActions)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };
    private UpdateContext? context;
    private int? placeholderId;
    private int deliveries;
    private Dictionary<int, string>? shown;

    public void Bind(UpdateContext updateContext)
    {
        context = updateContext;
        placeholderId = updateContext.Item.PlaceholderMessageId;
    }

    private UpdateContext Context => context ?? throw new InvalidOperationException("ReplySender is not bound to an update.");

    /// <summary>The message the answer replies to: the user's message, or the bot message whose button was pressed.</summary>
    public int? ReplyToMessageId { get; set; }

    /// <summary>Shows (or updates) the placeholder, e.g. "Reading the article…".</summary>
    public async Task ShowStatusAsync(string html, CancellationToken cancellationToken)
    {
        if (placeholderId is { } id)
        {
            await EditAsync(id, html, null, cancellationToken);
            return;
        }

        var sent = await SendAsync(html, null, cancellationToken);
        placeholderId = sent;
        // The placeholder is at Telegram now: recorded even through a database restart, or a rerun would send another.
        await StorageOutage.RetryAsync(() => inbox.SetPlaceholderAsync(Context.Item.UpdateId, sent, CancellationToken.None), cancellationToken);
        await RecordShownAsync(sent, html, null);
    }

    /// <summary>
    /// Delivers the answer: the first part replaces the placeholder, the others follow as new messages.
    /// The keyboard goes under the last part. Returns the ids of the messages that hold the answer.
    /// </summary>
    public async Task<IReadOnlyList<int>> DeliverAsync(IReadOnlyList<string> parts, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        var ids = new List<int>(parts.Count);

        // Parts sent as new messages are recorded (delivery × 100 + part): after a crash between parts, the rerun
        // of the update edits the recorded messages instead of sending those parts a second time.
        var delivery = deliveries++;
        var sentBefore = await progress.GetAsync(Context.Item.UpdateId, cancellationToken);
        for (var i = 0; i < parts.Count; i++)
        {
            var markup = i == parts.Count - 1 ? keyboard : null;
            var key = (delivery * 100) + i;
            if (i == 0 && placeholderId is { } id)
            {
                await EditAsync(id, parts[i], markup, cancellationToken);
                ids.Add(id);
            }
            else if (sentBefore.TryGetValue(key, out var earlier))
            {
                await EditAsync(earlier, parts[i], markup, cancellationToken);
                ids.Add(earlier);
            }
            else
            {
                var sent = await SendAsync(parts[i], markup, cancellationToken);
                await StorageOutage.RetryAsync(() => progress.RecordAsync(Context.Item.UpdateId, key, sent, CancellationToken.None), CancellationToken.None);
                await RecordShownAsync(sent, parts[i], markup);
                ids.Add(sent);
            }
        }

        // Later answers for the same update (a second link) must not overwrite this one.
        placeholderId = null;
        return ids;
    }

    /// <summary>Says why the request could not be answered, in place of the placeholder when there is one.</summary>
    public Task SayAsync(string plainText, CancellationToken cancellationToken) =>
        DeliverAsync([TelegramHtml.Escape(plainText)], null, cancellationToken);

    /// <summary>Shows "typing…" in the chat, unless the budget for chat actions across all chats is spent this second.</summary>
    public Task TypingAsync(CancellationToken cancellationToken) =>
        chatActions.TryTake()
            ? bot.SendChatAction(Context.ChatId, ChatAction.Typing, messageThreadId: Context.Message?.MessageThreadId, cancellationToken: cancellationToken)
            : Task.CompletedTask;

    private async Task<int> SendAsync(string html, InlineKeyboardMarkup? markup, CancellationToken cancellationToken)
    {
        var replyTo = ReplyToMessageId ?? Context.Message?.MessageId;
        await throttle.WaitAsync(Context.ChatId, SendPriority.Interactive, cancellationToken);

        var message = await bot.SendMessage(
            Context.ChatId,
            html,
            parseMode: ParseMode.Html,
            replyParameters: replyTo is { } r ? new ReplyParameters { MessageId = r, AllowSendingWithoutReply = true } : null,
            replyMarkup: markup,
            linkPreviewOptions: NoPreview,
            messageThreadId: Context.Message?.IsTopicMessage == true ? Context.Message.MessageThreadId : null,
            cancellationToken: cancellationToken);
        return message.MessageId;
    }

    private async Task EditAsync(int messageId, string html, InlineKeyboardMarkup? markup, CancellationToken cancellationToken)
    {
        if ((await ShownAsync(cancellationToken)).GetValueOrDefault(messageId) == MessageFingerprint.Of(html, markup))
        {
            return;
        }

        await throttle.WaitAsync(Context.ChatId, SendPriority.Interactive, cancellationToken, edit: true);

        try
        {
            await bot.EditMessageText(Context.ChatId, messageId, html, parseMode: ParseMode.Html,
                replyMarkup: markup, linkPreviewOptions: NoPreview, cancellationToken: cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            // Same text as before (killed after the edit, before recording it): already done, not an error.
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("message to edit not found", StringComparison.OrdinalIgnoreCase))
        {
            // The user deleted the placeholder: send the answer as a new message instead.
            await SendAsync(html, markup, cancellationToken);
            return;
        }

        await RecordShownAsync(messageId, html, markup);
    }

    private async Task RecordShownAsync(int messageId, string html, InlineKeyboardMarkup? markup)
    {
        var fingerprint = MessageFingerprint.Of(html, markup);
        (await ShownAsync(CancellationToken.None))[messageId] = fingerprint;

        // Not cancellable: the message already shows it, and a cancelled record would only cost a refused edit later.
        await StorageOutage.RetryAsync(
            () => progress.RecordShownAsync(Context.Item.UpdateId, messageId, fingerprint, CancellationToken.None), CancellationToken.None);
    }

    /// <summary>What the update's messages show; only a resumed update (its placeholder sent before this process
    /// bound it) can have messages from earlier, so only then is it read.</summary>
    private async Task<Dictionary<int, string>> ShownAsync(CancellationToken cancellationToken) =>
        shown ??= Context.Item.PlaceholderMessageId is null
            ? []
            : new Dictionary<int, string>(await progress.GetShownAsync(Context.Item.UpdateId, cancellationToken));
}
