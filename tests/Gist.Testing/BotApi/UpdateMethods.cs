using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>getUpdates and the webhook methods (https://core.telegram.org/bots/api#getting-updates).
/// setWebhook records the URL and the secret_token (and every call's parameters are in State.Requests): this fake
/// does not push updates; a test POSTs them to the bot's listener itself.</summary>
internal sealed class UpdateMethods(BotApiContext context)
{
    private FakeBotApiState State => context.State;

    public async Task<string> GetUpdatesAsync(BotApiCall call)
    {
        if (State.WebhookUrl is not null)
        {
            throw new BotApiException(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }

        var args = call.Args;
        var limit = Math.Clamp(args.GetInt("limit") ?? 100, 1, 100);
        var timeout = Math.Max(0, args.GetInt("timeout") ?? 0);
        var allowed = args.GetObject("allowed_updates") is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => e.GetString() ?? "").ToHashSet(StringComparer.Ordinal)
            : null;
        var updates = await State.Updates.TakeAsync(args.GetLong("offset"), limit, timeout, allowed, call.Aborted);
        return "[" + string.Join(",", updates) + "]";
    }

    public JsonNode SetWebhook(BotApiCall call)
    {
        var url = call.Args.GetString("url");
        if (call.Args.GetBool("drop_pending_updates"))
        {
            State.Updates.DropPending();
        }

        if (string.IsNullOrEmpty(url))
        {
            State.SetWebhook(null);
        }
        else
        {
            State.SetWebhook(url, call.Args.GetString("secret_token"));
        }

        return true;
    }

    public JsonNode DeleteWebhook(BotApiCall call)
    {
        if (call.Args.GetBool("drop_pending_updates"))
        {
            State.Updates.DropPending();
        }

        State.SetWebhook(null);
        return true;
    }

    public JsonNode GetWebhookInfo(BotApiCall call) => new JsonObject
    {
        ["url"] = State.WebhookUrl ?? "",
        ["has_custom_certificate"] = false,
        ["pending_update_count"] = State.PendingUpdates,
    };
}
