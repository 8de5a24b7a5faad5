using Gist.Rendering;
using Gist.Testing.BotApi;

namespace Gist.IntegrationTests.Instances.Processes;

/// <summary>
/// Reads the fake Bot API's record of the updates several processes answered: each user message's answer is the bot
/// message replying to it that ends with the translation button; its order is when that button arrived.
/// </summary>
public static class ProcessReplies
{
    public const string Button = "Full translation";

    private static readonly string[] StatusTexts =
        [StatusMessages.ReadingArticle, StatusMessages.ReadingDocument, StatusMessages.Summarizing, StatusMessages.Translating, StatusMessages.Answering];

    /// <summary>Bot messages replying to the user's message <paramref name="messageId"/>.</summary>
    public static IReadOnlyList<FakeBotMessage> To(FakeBotApiState state, long chatId, int messageId) =>
        [.. state.Messages(chatId).Where(m => m.ReplyToMessageId == messageId)];

    /// <summary>Answered exactly once: one finished summary (with its button) replies to it.</summary>
    public static bool AnsweredOnce(FakeBotApiState state, EnqueuedUpdate update) =>
        To(state, update.ChatId, update.MessageId!.Value).Count(m => m.ButtonTexts.Contains(Button)) == 1;

    /// <summary>A bot message still showing a status text ("Reading the article…"): a placeholder never edited into its answer.</summary>
    public static bool IsPlaceholder(FakeBotMessage message) => StatusTexts.Contains(message.Text.Trim());

    /// <summary>The user messages of a chat in the order their answers were finished (the edit that added the button).</summary>
    public static IReadOnlyList<int> AnswerOrder(FakeBotApiState state, long chatId)
    {
        var replyTo = state.Messages(chatId).ToDictionary(m => m.MessageId, m => m.ReplyToMessageId);
        return [.. state.Edits.Where(e => e.ChatId == chatId && e.After.ButtonTexts.Contains(Button))
            .Select(e => replyTo.GetValueOrDefault(e.MessageId) ?? 0).Distinct()];
    }

    /// <summary>Calls the fake refused with this HTTP status (429: flood limit; 400: e.g. "message is not modified").</summary>
    public static IReadOnlyList<RecordedBotRequest> Refused(FakeBotApiState state, int statusCode) =>
        [.. state.Requests.Where(r => r.StatusCode == statusCode)];
}
