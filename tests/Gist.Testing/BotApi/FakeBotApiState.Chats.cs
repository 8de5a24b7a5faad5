using System.Security.Cryptography;

namespace Gist.Testing.BotApi;

/// <summary>Chats, users' standing with the bot and files: what tests set up, and what the methods consult.</summary>
public sealed partial class FakeBotApiState
{
    private readonly Dictionary<long, FakeChat> _chats = [];
    private readonly Dictionary<string, long> _usernames = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<long> _blocked = [];
    private readonly HashSet<long> _notFound = [];
    private readonly Dictionary<string, FakeFile> _files = new(StringComparer.Ordinal);
    private string? _webhookUrl;
    private string? _webhookSecretToken;

    /// <summary>When true, a chat no update mentioned and no test registered answers "chat not found".</summary>
    public bool RequireKnownChats { get; set; }

    /// <summary>The user blocked the bot: sends to the chat get 403 "Forbidden: bot was blocked by the user"
    /// (for a group: "bot was kicked from the group chat").</summary>
    public void MarkBlocked(long chatId, bool blocked = true)
    {
        lock (_gate)
        {
            _ = blocked ? _blocked.Add(chatId) : _blocked.Remove(chatId);
        }
    }

    /// <summary>Calls for the chat get 400 "Bad Request: chat not found".</summary>
    public void MarkChatNotFound(long chatId)
    {
        lock (_gate)
        {
            _notFound.Add(chatId);
        }
    }

    /// <summary>Makes a chat known (its title/username/type appear in the bot's echoes); updates do this themselves.</summary>
    public void RegisterChat(FakeChat chat)
    {
        lock (_gate)
        {
            RegisterChatLocked(chat);
        }
    }

    /// <summary>Stores a file the bot may fetch with getFile + download; returns it with its file_id.</summary>
    public FakeFile RegisterFile(byte[] content, string? fileName = null, string? mimeType = null)
    {
        var unique = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        var extension = Path.GetExtension(fileName ?? "");
        var file = new FakeFile("BQACAgIAAx" + unique + "AAQ", "AgAD" + unique, $"documents/file_{unique}{extension}",
            content, fileName, mimeType);
        lock (_gate)
        {
            _files[file.FileId] = file;
        }

        return file;
    }

    internal FakeFile? FindFile(string fileId) { lock (_gate) { return _files.GetValueOrDefault(fileId); } }

    internal FakeFile? FindFileByPath(string path)
    {
        lock (_gate)
        {
            return _files.Values.FirstOrDefault(f => f.FilePath == path);
        }
    }

    internal void SetWebhook(string? url) { lock (_gate) { _webhookUrl = url; _webhookSecretToken = null; } }

    internal void SetWebhook(string url, string? secretToken) { lock (_gate) { _webhookUrl = url; _webhookSecretToken = secretToken; } }

    /// <summary>Resolves a chat_id parameter (number or @username) the way the Bot API answers for it.</summary>
    internal FakeChat ResolveChat(BotApiArguments args)
    {
        var raw = args.GetString("chat_id");
        if (string.IsNullOrEmpty(raw))
        {
            throw BotApiException.BadRequest("chat_id is empty");
        }

        lock (_gate)
        {
            long id;
            if (raw.StartsWith('@'))
            {
                if (!_usernames.TryGetValue(raw[1..], out id))
                {
                    throw BotApiException.BadRequest("chat not found");
                }
            }
            else if (args.GetLong("chat_id") is not { } parsed)
            {
                throw BotApiException.BadRequest("chat not found");
            }
            else
            {
                id = parsed;
            }

            if (_notFound.Contains(id) || (RequireKnownChats && !_chats.ContainsKey(id)))
            {
                throw BotApiException.BadRequest("chat not found");
            }

            if (_blocked.Contains(id))
            {
                throw BotApiException.Forbidden(id > 0 ? "bot was blocked by the user" : "bot was kicked from the group chat");
            }

            return _chats.GetValueOrDefault(id) ?? FakeChat.Inferred(id);
        }
    }

    internal FakeChat ChatFor(long chatId) { lock (_gate) { return _chats.GetValueOrDefault(chatId) ?? FakeChat.Inferred(chatId); } }
}
