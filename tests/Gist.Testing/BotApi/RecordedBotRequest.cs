using System.Text.Json;

namespace Gist.Testing.BotApi;

/// <summary>One call the bot made: the Bot API method, its parameters as JSON (form and multipart fields are
/// converted to JSON too), when it arrived, and the HTTP status the fake answered with.
/// <see cref="Body"/> is an immutable JsonElement, safe to read from any thread.</summary>
public sealed record RecordedBotRequest(long Sequence, string Method, JsonElement Body, DateTimeOffset Time,
    int StatusCode, string? Description)
{
    public bool Succeeded => StatusCode == 200;

    /// <summary>The chat_id parameter when it is numeric (most methods), else null.</summary>
    public long? ChatId => BotApiArguments.TryReadLong(Body, "chat_id");
}
