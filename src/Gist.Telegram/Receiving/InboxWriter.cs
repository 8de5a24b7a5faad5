using System.Text.Json;
using Gist.Core.Storage;
using Gist.Core.Telemetry;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Gist.Telegram.Receiving;

/// <summary>
/// The one way an update enters the bot, by long polling or by webhook: written to the durable inbox (keyed by
/// update_id, so a redelivered update is stored once), then the worker is woken. Callers confirm the update to
/// Telegram (a higher getUpdates offset, or HTTP 200 to the webhook call) only after this returns.
/// </summary>
public sealed class InboxWriter(IUpdateInbox inbox, InboxSignal signal)
{
    /// <summary>
    /// The Bot API options, minus the default escaping of every non-ASCII character as \uXXXX: the JSON goes into
    /// SQLite, never into HTML or a script, and escaped Arabic text is six characters per letter. A 4.5 KB Arabic
    /// paste was a 54 KB string held for the life of each request in flight (issue 6, docs/PERFORMANCE.md §3).
    /// </summary>
    private static readonly JsonSerializerOptions InboxJson = new(JsonBotAPI.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Stores the updates in one transaction and wakes the worker when any was new.</summary>
    /// <returns>How many updates were new (an update_id already in the inbox is ignored).</returns>
    public async Task<int> StoreAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return 0;
        }

        var added = await inbox.AddAsync(updates.Select(ToInbox).ToList(), cancellationToken);
        GistMetrics.UpdatesReceived.Add(added);
        if (added > 0)
        {
            signal.Notify();
        }

        return added;
    }

    private static InboxUpdate ToInbox(Update update)
    {
        var json = JsonSerializer.Serialize(update, InboxJson);
        return new InboxUpdate(update.Id, UpdateChat.Of(update), json);
    }
}
