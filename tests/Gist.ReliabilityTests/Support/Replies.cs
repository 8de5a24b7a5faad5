using Gist.Rendering;
using Gist.Testing.BotApi;

namespace Gist.ReliabilityTests.Support;

/// <summary>Reads the fake Bot API's record: is a chat answered, and answered once.</summary>
public static class Replies
{
    private static readonly string[] Placeholders =
        [StatusMessages.ReadingArticle, StatusMessages.ReadingDocument, StatusMessages.Summarizing, StatusMessages.Translating, StatusMessages.Answering];

    /// <summary>The chat holds a finished summary (with its button) and no placeholder left unedited.</summary>
    public static bool IsAnswered(FakeBotApiState state, long chatId)
    {
        var messages = state.Messages(chatId);
        return messages.Any(m => m.ButtonTexts.Count > 0) && !messages.Any(IsPlaceholder);
    }

    public static bool IsPlaceholder(FakeBotMessage message) => Placeholders.Contains(message.Text.Trim());

    /// <summary>Summaries in the chat (each ends with the translation button): 1 when answered exactly once.</summary>
    public static int SummaryCount(FakeBotApiState state, long chatId) =>
        state.Messages(chatId).Count(m => m.ButtonTexts.Contains("Full translation"));

    public static string Text(FakeBotApiState state, long chatId) =>
        string.Join('\n', state.Messages(chatId).Select(m => m.Text));
}
