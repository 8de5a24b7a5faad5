using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>sendDocument (https://core.telegram.org/bots/api#senddocument): the file comes as a multipart upload
/// (named "document" or referenced as attach://name) or as the file_id of a file the fake knows; the caption follows the 1024-unit caption rules.</summary>
internal sealed class DocumentMethods(BotApiContext context)
{
    public JsonNode SendDocument(BotApiCall call)
    {
        var args = call.Args;
        var state = context.State;
        var chat = state.ResolveChat(args);
        var caption = MessageTextRules.ParseCaption(args);
        var markup = ReplyMarkupRules.Normalize(args.GetObject("reply_markup"), chat.Type == "private");
        FakeFile file;
        // The file is the multipart part named "document", or the part "document" points at with attach://name.
        var value = args.GetString("document");
        var partName = value?.StartsWith("attach://", StringComparison.Ordinal) == true ? value["attach://".Length..] : "document";
        if (call.Files.FirstOrDefault(f => f.FieldName == partName) is { } upload)
        {
            if (upload.Content.Length == 0)
            {
                throw BotApiException.BadRequest("file must be non-empty");
            }

            file = state.RegisterFile(upload.Content, upload.FileName, upload.ContentType);
        }
        else
        {
            var id = value ?? throw BotApiException.BadRequest("there is no document in the request");
            file = state.FindFile(id) ?? throw BotApiException.BadRequest("wrong file identifier/HTTP URL specified");
        }

        context.CheckRate(chat.Id);
        var message = state.AddBotMessage(chat.Id, id => new FakeBotMessage(chat.Id, id, caption.Text,
            args.GetString("caption") ?? "", args.GetString("parse_mode"), markup, context.Now, null, 0, false, file)
        {
            Entities = caption.Entities,
        });
        return MessageJson.Render(message, context.Bot, chat);
    }
}
