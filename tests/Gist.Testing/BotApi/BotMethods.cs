using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Gist.Testing.BotApi;

/// <summary>getMe, setMyCommands/getMyCommands/deleteMyCommands, sendChatAction, answerCallbackQuery and getFile.</summary>
internal sealed partial class BotMethods(BotApiContext context)
{
    /// <summary>Bot API: sendChatAction "action" values.</summary>
    private static readonly HashSet<string> ChatActions = new(StringComparer.Ordinal)
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
        "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    };

    private const long MaxDownloadBytes = 20L * 1024 * 1024;

    private FakeBotApiState State => context.State;

    public JsonNode GetMe(BotApiCall call)
    {
        var me = context.Bot.ToJson();
        me["can_join_groups"] = true;
        me["can_read_all_group_messages"] = false;
        me["supports_inline_queries"] = false;
        me["can_connect_to_business"] = false;
        me["has_main_web_app"] = false;
        return me;
    }

    public JsonNode SetMyCommands(BotApiCall call)
    {
        if (call.Args.GetObject("commands") is not { ValueKind: JsonValueKind.Array } array)
        {
            throw BotApiException.BadRequest("parameter \"commands\" is required");
        }

        var commands = new List<FakeBotCommand>();
        foreach (var item in array.EnumerateArray())
        {
            var command = BotApiArguments.TryReadString(item, "command") ?? "";
            var description = BotApiArguments.TryReadString(item, "description") ?? "";
            if (!CommandName().IsMatch(command))
            {
                throw BotApiException.BadRequest("BOT_COMMAND_INVALID");
            }

            if (description.Trim().Length is 0 or > 256)
            {
                throw BotApiException.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }

            commands.Add(new FakeBotCommand(command, description));
        }

        if (commands.Count > 100)
        {
            throw BotApiException.BadRequest("too many commands specified");
        }

        State.SetCommands(ScopeKey(call.Args), call.Args.GetString("language_code"), commands);
        return true;
    }

    public JsonNode GetMyCommands(BotApiCall call) => new JsonArray(State
        .MyCommandsFor(ScopeKey(call.Args), call.Args.GetString("language_code"))
        .Select(c => (JsonNode)new JsonObject { ["command"] = c.Command, ["description"] = c.Description })
        .ToArray());

    public JsonNode DeleteMyCommands(BotApiCall call)
    {
        State.SetCommands(ScopeKey(call.Args), call.Args.GetString("language_code"), []);
        return true;
    }

    public JsonNode SendChatAction(BotApiCall call)
    {
        var chat = State.ResolveChat(call.Args);
        var action = call.Args.GetString("action");
        if (action is null || !ChatActions.Contains(action))
        {
            throw BotApiException.BadRequest("wrong parameter action in request");
        }

        State.AddChatAction(new FakeChatAction(chat.Id, action, context.Now));
        return true;
    }

    public JsonNode AnswerCallbackQuery(BotApiCall call)
    {
        var id = call.Args.GetString("callback_query_id") ?? "";
        if (!State.TryConsumeCallbackQuery(id))
        {
            throw BotApiException.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }

        State.AddCallbackAnswer(new FakeCallbackAnswer(id, call.Args.GetString("text"), call.Args.GetBool("show_alert"),
            call.Args.GetString("url"), context.Now));
        return true;
    }

    public JsonNode GetFile(BotApiCall call)
    {
        var file = State.FindFile(call.Args.GetString("file_id") ?? "") ?? throw BotApiException.BadRequest("invalid file_id");
        if (file.FileSize > MaxDownloadBytes)
        {
            throw BotApiException.BadRequest("file is too big");
        }

        return new JsonObject
        {
            ["file_id"] = file.FileId,
            ["file_unique_id"] = file.FileUniqueId,
            ["file_size"] = file.FileSize,
            ["file_path"] = file.FilePath,
        };
    }

    /// <summary>Commands are kept per scope (BotCommandScope type, plus chat_id for chat scopes).</summary>
    private static string ScopeKey(BotApiArguments args)
    {
        if (args.GetObject("scope") is not { ValueKind: JsonValueKind.Object } scope)
        {
            return "default";
        }

        var type = BotApiArguments.TryReadString(scope, "type") ?? "default";
        return BotApiArguments.TryReadString(scope, "chat_id") is { } chatId ? $"{type}:{chatId}" : type;
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
