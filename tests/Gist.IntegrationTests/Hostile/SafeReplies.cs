using System.Text.RegularExpressions;
using Gist.Rendering;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.IntegrationTests.Hostile;

/// <summary>
/// What every reply must be, whatever the model wrote: accepted by Telegram, within the length limit, with no link
/// the source does not have (neither a text_link nor an address Telegram would link by itself), and with no
/// invisible control character but the bot's own balanced isolates around right-to-left names.
/// </summary>
public static partial class SafeReplies
{
    private static readonly string[] Placeholders =
        [StatusMessages.ReadingArticle, StatusMessages.Summarizing, StatusMessages.Translating, StatusMessages.Answering];

    public static bool IsPlaceholder(FakeBotMessage message) => Placeholders.Contains(message.Text.Trim());

    /// <summary>The chat has more than <paramref name="before"/> messages and none is a placeholder still.</summary>
    public static bool Settled(FakeBotApiState state, long chatId, int before) =>
        state.Messages(chatId) is var messages && messages.Count > before && !messages.Any(IsPlaceholder);

    /// <summary>No call refused by Telegram (4xx: "can't parse entities", "message is too long"…). A typing
    /// refresh the bot abandons when the reply is ready is not a refusal.</summary>
    public static void AssertNoRefusals(FakeBotApiState state)
    {
        var refused = state.Requests.Where(r => r.StatusCode is >= 400 and < 500).ToList();
        Assert.True(refused.Count == 0, string.Join('\n', refused.Select(r => $"{r.Method}: {r.StatusCode} {r.Description}")));
    }

    public static void AssertSafe(FakeBotMessage message, string source)
    {
        var text = message.Text;
        Assert.True(text.Length <= TelegramHtml.MessageLimit, $"{text.Length} characters");
        foreach (var entity in message.Entities.Where(e => e.Type is "text_link" or "text_mention"))
        {
            Assert.True(entity.Url is not null && source.Contains(entity.Url, StringComparison.Ordinal), $"text_link to {entity.Url}");
        }

        foreach (var url in EntityDetector.Detect(text).Where(e => e.Type == "url").Select(e => text.Substring(e.Offset, e.Length)))
        {
            Assert.True(source.Contains(url, StringComparison.OrdinalIgnoreCase), $"a link to {url} is not in the source");
        }

        foreach (var address in HostileText.Addresses)
        {
            Assert.DoesNotMatch(@"(?<![\w\[])" + Regex.Escape(address), text);
        }

        Assert.DoesNotContain("evil.example", text, StringComparison.OrdinalIgnoreCase);
        var forbidden = Controls().Match(text);
        Assert.False(forbidden.Success, $"U+{(forbidden.Success ? (int)forbidden.Value[0] : 0):X4} in: {text}");
        AssertBalancedIsolates(text);
    }

    private static void AssertBalancedIsolates(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '\u2068' ? 1 : c == '\u2069' ? -1 : 0;
            Assert.InRange(depth, 0, 1);
        }

        Assert.Equal(0, depth);
    }

    // Bidi embeddings, overrides, LRI/RLI, marks; zero-width space, word joiner and friends, BOM, soft hyphen, tags.
    [GeneratedRegex("[\u202A-\u202E\u2066\u2067\u200B\u200E\u200F\u061C\u2060-\u2064\uFEFF\u00AD\u180E]|\uDB40[\uDC00-\uDC7F]")]
    private static partial Regex Controls();
}
