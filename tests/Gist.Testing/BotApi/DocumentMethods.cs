using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>sendDocument (https://core.telegram.org/bots/api#senddocument): the file comes as a multipart upload
/// or as the file_id of a file the fake knows; the caption follows the 1024-unit caption rules.</summary>
internal sealed class DocumentMethods(BotApiContext context)
{
    public JsonNode SendDocument(BotApiCall call)
    {
        var args = call.Args;
        var state = context.State;
        var chat = state.ResolveChat(args);
        var caption = MessageTextRules.ParseCaption(args);
        var markup = ReplyMarkupRules.Normalize(args.GetObject("reply_markup"));
        FakeFile file;
        if (call.Files.FirstOrDefault(f => f.FieldName == "document") is { } upload)
        {
            if (upload.Content.Length == 0)
            {
                throw BotApiException.BadRequest("file must be non-empty");
            }

            file = state.RegisterFile(upload.Content, upload.FileName, upload.ContentType);
        }
        else
        {
            var id = args.GetString("document") ?? throw BotApiException.BadRequest("there is no document in the request");
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
