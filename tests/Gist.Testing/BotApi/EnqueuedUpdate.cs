using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>What an EnqueueXxx helper put in the update queue. <see cref="MessageId"/> is the user's message
/// (null for a callback query); <see cref="FileId"/> is set for documents; <see cref="CallbackQueryId"/> for button presses.</summary>
public sealed record EnqueuedUpdate(long UpdateId, long ChatId, int? MessageId, JsonObject Json,
    string? FileId = null, string? CallbackQueryId = null);
