using System.Text.Json.Nodes;

namespace Gist.Benchmarks.Instances;

/// <summary>
/// Telegram updates as a webhook call carries them (https://core.telegram.org/bots/api#update): a private text
/// message from user <c>chat</c>, numbered by one increasing update_id shared by every poster, as Telegram numbers them.
/// </summary>
public sealed class WebhookUpdates
{
    private long nextUpdateId;

    public WebhookUpdates(long firstUpdateId = 1) => nextUpdateId = firstUpdateId - 1;

    /// <summary>The next update's id and JSON body.</summary>
    public (long UpdateId, string Json) Text(long chat, string text)
    {
        long id = Interlocked.Increment(ref nextUpdateId);
        var user = new JsonObject { ["id"] = chat, ["is_bot"] = false, ["first_name"] = "Reader" };
        var body = new JsonObject
        {
            ["update_id"] = id,
            ["message"] = new JsonObject
            {
                ["message_id"] = id,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private", ["first_name"] = "Reader" },
                ["from"] = user,
                ["text"] = text,
            },
        };
        return (id, body.ToJsonString());
    }
}
