using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>Renders the bot's messages as the Bot API returns them (type <c>Message</c>).</summary>
internal static class MessageJson
{
    public static JsonObject Render(FakeBotMessage message, FakeUser bot, FakeChat chat, JsonNode? replyTo = null)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from"] = bot.ToJson(),
            ["chat"] = chat.ToJson(),
            ["date"] = message.Date.ToUnixTimeSeconds(),
        };
        if (message.EditDate is { } edited)
        {
            json["edit_date"] = edited.ToUnixTimeSeconds();
        }

        if (replyTo is not null)
        {
            json["reply_to_message"] = replyTo;
        }

        var textKey = message.Document is null ? "text" : "caption";
        if (message.Document is { } document)
        {
            json["document"] = new JsonObject
            {
                ["file_id"] = document.FileId,
                ["file_unique_id"] = document.FileUniqueId,
                ["file_name"] = document.FileName,
                ["mime_type"] = document.MimeType,
                ["file_size"] = document.FileSize,
            };
        }

        if (message.Text.Length > 0 || message.Document is null)
        {
            json[textKey] = message.Text;
        }

        if (message.Entities.Count > 0)
        {
            json[message.Document is null ? "entities" : "caption_entities"] = Entities(message.Entities);
        }

        if (message.LinkPreviewDisabled && message.Document is null)
        {
            json["link_preview_options"] = new JsonObject { ["is_disabled"] = true };
        }

        // Only inline keyboards are attached to a sent message (Bot API: Message.reply_markup).
        if (message.ReplyMarkup is { ValueKind: JsonValueKind.Object } markup && markup.TryGetProperty("inline_keyboard", out _))
        {
            json["reply_markup"] = JsonNode.Parse(markup.GetRawText());
        }

        return json;
    }

    public static JsonArray Entities(IEnumerable<FakeEntity> entities)
    {
        var array = new JsonArray();
        foreach (var entity in entities)
        {
            var json = new JsonObject { ["type"] = entity.Type, ["offset"] = entity.Offset, ["length"] = entity.Length };
            if (entity.Url is not null)
            {
                json["url"] = entity.Url;
            }

            if (entity.Language is not null)
            {
                json["language"] = entity.Language;
            }

            if (entity.CustomEmojiId is not null)
            {
                json["custom_emoji_id"] = entity.CustomEmojiId;
            }

            array.Add(json);
        }

        return array;
    }
}
