using System.Text.Json;

namespace Gist.Testing.BotApi;

/// <summary>A message the bot sent, in its current state (after edits).
/// <see cref="Text"/> is what the user sees (entities parsed, HTML tags gone, entities decoded);
/// <see cref="RawText"/> is the text parameter exactly as the bot sent it (with its HTML).</summary>
public sealed record FakeBotMessage(
    long ChatId,
    int MessageId,
    string Text,
    string RawText,
    string? ParseMode,
    JsonElement? ReplyMarkup,
    DateTimeOffset Date,
    int? ReplyToMessageId,
    int EditCount,
    bool LinkPreviewDisabled,
    FakeFile? Document = null,
    DateTimeOffset? EditDate = null)
{
    /// <summary>The entities Telegram derived from the HTML, as (type, offset, length) in UTF-16 units.</summary>
    public IReadOnlyList<FakeEntity> Entities { get; init; } = [];

    /// <summary>Texts of the inline keyboard buttons, row by row, flattened.</summary>
    public IReadOnlyList<string> ButtonTexts => InlineButtons.Select(b => b.Text).ToList();

    /// <summary>The web_app buttons (Mini App) of the inline keyboard: their text and the url they open.</summary>
    public IReadOnlyList<(string Text, string Url)> WebAppButtons
    {
        get
        {
            if (ReplyMarkup is not { ValueKind: JsonValueKind.Object } markup
                || !markup.TryGetProperty("inline_keyboard", out var rows) || rows.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return rows.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Array).SelectMany(r => r.EnumerateArray())
                .Where(b => b.TryGetProperty("web_app", out var w) && w.ValueKind == JsonValueKind.Object)
                .Select(b => (BotApiArguments.TryReadString(b, "text") ?? "", BotApiArguments.TryReadString(b.GetProperty("web_app"), "url") ?? ""))
                .ToList();
        }
    }

    /// <summary>Inline keyboard buttons (text and callback_data or url), flattened row by row.</summary>
    public IReadOnlyList<(string Text, string? CallbackData, string? Url)> InlineButtons
    {
        get
        {
            var buttons = new List<(string, string?, string?)>();
            if (ReplyMarkup is not { ValueKind: JsonValueKind.Object } markup
                || !markup.TryGetProperty("inline_keyboard", out var rows) || rows.ValueKind != JsonValueKind.Array)
            {
                return buttons;
            }

            foreach (var row in rows.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Array))
            {
                foreach (var button in row.EnumerateArray())
                {
                    buttons.Add((BotApiArguments.TryReadString(button, "text") ?? "",
                        BotApiArguments.TryReadString(button, "callback_data"), BotApiArguments.TryReadString(button, "url")));
                }
            }

            return buttons;
        }
    }
}
