using System.Security.Cryptography;

namespace Gist.Testing.BotApi;

/// <summary>Chats, users' standing with the bot and files: what tests set up, and what the methods consult.</summary>
public sealed partial class FakeBotApiState
{
    private readonly Dictionary<long, FakeChat> chats = [];
    private readonly Dictionary<string, long> usernames = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<long> blocked = [];
    private readonly HashSet<long> notFound = [];
    private readonly Dictionary<string, FakeFile> files = new(StringComparer.Ordinal);
    private string? webhookUrl;
    private string? webhookSecretToken;

    /// <summary>When true, a chat no update mentioned and no test registered answers "chat not found".</summary>
    public bool RequireKnownChats { get; set; }

    /// <summary>The user blocked the bot: sends to the chat get 403 "Forbidden: bot was blocked by the user"
    /// (for a group: "bot was kicked from the group chat").</summary>
    public void MarkBlocked(long chatId, bool blocked = true)
    {
        lock (gate)
        {
            _ = blocked ? this.blocked.Add(chatId) : this.blocked.Remove(chatId);
        }
    }

    /// <summary>Calls for the chat get 400 "Bad Request: chat not found".</summary>
    public void MarkChatNotFound(long chatId)
    {
        lock (gate)
        {
            notFound.Add(chatId);
        }
    }

    /// <summary>Makes a chat known (its title/username/type appear in the bot's echoes); updates do this themselves.</summary>
    public void RegisterChat(FakeChat chat)
    {
        lock (gate)
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
        lock (gate)
        {
            this.files[file.FileId] = file;
        }

        return file;
    }

    internal FakeFile? FindFile(string fileId) { lock (gate) { return this.files.GetValueOrDefault(fileId); } }

    internal FakeFile? FindFileByPath(string path)
    {
        lock (gate)
        {
            return this.files.Values.FirstOrDefault(f => f.FilePath == path);
        }
    }

    internal void SetWebhook(string? url) { lock (gate) { webhookUrl = url; webhookSecretToken = null; } }

    internal void SetWebhook(string url, string? secretToken) { lock (gate) { webhookUrl = url; webhookSecretToken = secretToken; } }

    /// <summary>Resolves a chat_id parameter (number or @username) the way the Bot API answers for it.</summary>
    internal FakeChat ResolveChat(BotApiArguments args)
    {
        var raw = args.GetString("chat_id");
        if (string.IsNullOrEmpty(raw))
        {
            throw BotApiException.BadRequest("chat_id is empty");
        }

        lock (gate)
        {
            long id;
            if (raw.StartsWith('@'))
            {
                if (!usernames.TryGetValue(raw[1..], out id))
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

            if (notFound.Contains(id) || (RequireKnownChats && !this.chats.ContainsKey(id)))
            {
                throw BotApiException.BadRequest("chat not found");
            }

            if (this.blocked.Contains(id))
            {
                throw BotApiException.Forbidden(id > 0 ? "bot was blocked by the user" : "bot was kicked from the group chat");
            }

            return this.chats.GetValueOrDefault(id) ?? FakeChat.Inferred(id);
        }
    }

    internal FakeChat ChatFor(long chatId) { lock (gate) { return this.chats.GetValueOrDefault(chatId) ?? FakeChat.Inferred(chatId); } }
}
