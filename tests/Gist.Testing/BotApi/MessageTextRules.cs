using System.Text.Json;

namespace Gist.Testing.BotApi;

/// <summary>How the Bot API turns a text or caption parameter into what the user sees, and its refusals:
/// "can't parse entities", "message is too long" (4096 UTF-16 units for text, 1024 for captions after entity
/// parsing), "message text is empty".</summary>
internal static class MessageTextRules
{
    public const int TextLimit = 4096;
    public const int CaptionLimit = 1024;

    public static ParsedText ParseText(BotApiArguments args) =>
        Parse(args.GetString("text"), args.GetString("parse_mode"), args.GetObject("entities"), TextLimit, caption: false);

    public static ParsedText ParseCaption(BotApiArguments args) =>
        Parse(args.GetString("caption"), args.GetString("parse_mode"), args.GetObject("caption_entities"), CaptionLimit, caption: true);

    private static ParsedText Parse(string? text, string? parseMode, JsonElement? entities, int limit, bool caption)
    {
        var parsed = (parseMode ?? "").ToUpperInvariant() switch
        {
            "" => Plain(text ?? "", entities),
            "HTML" => Html(text ?? ""),
            // Markdown modes are not validated by this fake; their text counts as written.
            "MARKDOWNV2" or "MARKDOWN" => new ParsedText((text ?? "").Trim(), []),
            _ => throw BotApiException.BadRequest("unsupported parse_mode"),
        };

        if (parsed.Length == 0 && !caption)
        {
            throw BotApiException.BadRequest("message text is empty");
        }

        if (parsed.Length > limit)
        {
            throw BotApiException.BadRequest(caption ? "message caption is too long" : "message is too long");
        }

        return parsed;
    }

    private static ParsedText Html(string text)
    {
        try
        {
            return HtmlEntityParser.Parse(text);
        }
        catch (HtmlParseException exception)
        {
            throw BotApiException.BadRequest("can't parse entities: " + exception.Message);
        }
    }

    private static ParsedText Plain(string text, JsonElement? entities)
    {
        var list = new List<FakeEntity>();
        if (entities is { ValueKind: JsonValueKind.Array } array)
        {
            foreach (var entity in array.EnumerateArray())
            {
                list.Add(new FakeEntity(BotApiArguments.TryReadString(entity, "type") ?? "",
                    (int)(BotApiArguments.TryReadLong(entity, "offset") ?? 0), (int)(BotApiArguments.TryReadLong(entity, "length") ?? 0),
                    BotApiArguments.TryReadString(entity, "url"), BotApiArguments.TryReadString(entity, "language")));
            }
        }

        var trimmedStart = text.Length - text.TrimStart().Length;
        var trimmed = text.Trim();
        return new ParsedText(trimmed, list.Select(e => e with { Offset = Math.Max(0, e.Offset - trimmedStart) }).ToList());
    }
}
