using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>The getUpdates queue (https://core.telegram.org/bots/api#getupdates): updates stay until the bot
/// confirms them by asking with an offset above their update_id; a long poll returns at once when updates
/// are queued, else when one arrives or after <c>timeout</c> seconds; a newer getUpdates ends an older one
/// with 409 Conflict, as the real server does.</summary>
internal sealed class UpdateQueue(Action onChange)
{
    private readonly Lock gate = new();
    private readonly List<QueuedUpdate> queue = [];
    private readonly Dictionary<long, QueuedUpdate> history = [];
    private TaskCompletionSource arrived = NewSignal();
    private CancellationTokenSource? currentPoll;
    private long nextUpdateId = 700_000_001;
    private long confirmedOffset;

    public int Pending { get { lock (gate) { return this.queue.Count; } } }

    public long ConfirmedOffset { get { lock (gate) { return confirmedOffset; } } }

    /// <summary>A getUpdates call is waiting in the queue right now.</summary>
    public bool IsPolling { get { lock (gate) { return currentPoll is not null; } } }

    public long Enqueue(string type, Func<long, string> build)
    {
        lock (gate)
        {
            var id = nextUpdateId++;
            Add(new QueuedUpdate(id, type, build(id), Forced: false));
            return id;
        }
    }

    /// <summary>Queues a raw update; its update_id is kept when present (an id the bot already confirmed comes
    /// back as a redelivery), else the next one is assigned.</summary>
    public long EnqueueRaw(JsonElement update)
    {
        var type = update.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n != "update_id") ?? "unknown";
        lock (gate)
        {
            if (BotApiArguments.TryReadLong(update, "update_id") is not { } id)
            {
                id = nextUpdateId++;
                var withId = JsonNode.Parse(update.GetRawText())!.AsObject();
                withId.Insert(0, "update_id", id);
                Add(new QueuedUpdate(id, type, withId.ToJsonString(), Forced: false));
                return id;
            }

            nextUpdateId = Math.Max(nextUpdateId, id + 1);
            Add(new QueuedUpdate(id, type, update.GetRawText(), Forced: id < confirmedOffset));
            return id;
        }
    }

    /// <summary>Puts an update that was enqueued before back in the queue, even if the bot confirmed it.</summary>
    public void Redeliver(long updateId)
    {
        lock (gate)
        {
            if (!history.TryGetValue(updateId, out var update))
            {
                throw new ArgumentException($"Update {updateId} was never enqueued.", nameof(updateId));
            }

            Add(update with { Forced = true, Delivered = false });
        }
    }

    public int DropPending()
    {
        lock (gate)
        {
            var count = this.queue.Count;
            this.queue.Clear();
            confirmedOffset = Math.Max(confirmedOffset, nextUpdateId);
            return count;
        }
    }

    public async Task<IReadOnlyList<string>> TakeAsync(long? offset, int limit, int timeoutSeconds,
        IReadOnlySet<string>? allowedUpdates, CancellationToken aborted)
    {
        var mine = new CancellationTokenSource();
        lock (gate)
        {
            currentPoll?.Cancel();
            currentPoll = mine;
        }

        onChange();

        try
        {
            var deadline = DateTimeOffset.UtcNow.AddSeconds(timeoutSeconds);
            while (true)
            {
                Task signal;
                lock (gate)
                {
                    var taken = Take(offset, limit, allowedUpdates);
                    if (taken.Count > 0)
                    {
                        return taken;
                    }

                    signal = this.arrived.Task;
                }

                var remaining = deadline - DateTimeOffset.UtcNow;
                if (remaining <= TimeSpan.Zero)
                {
                    return [];
                }

                using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, mine.Token);
                try
                {
                    await signal.WaitAsync(remaining, linked.Token);
                }
                catch (TimeoutException)
                {
                    // Loop once more: an update may have arrived at the deadline.
                }
                catch (OperationCanceledException) when (mine.IsCancellationRequested && !aborted.IsCancellationRequested)
                {
                    throw new BotApiException(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                }
            }
        }
        finally
        {
            lock (gate)
            {
                if (currentPoll == mine)
                {
                    currentPoll = null;
                }
            }

            mine.Dispose();
        }
    }

    private List<string> Take(long? offset, int limit, IReadOnlySet<string>? allowedUpdates)
    {
        if (offset is < 0)
        {
            // A negative offset keeps only the last -offset updates; all earlier ones are forgotten.
            this.queue.RemoveRange(0, Math.Max(0, this.queue.Count + (int)offset.Value));
        }
        else if (offset is > 0)
        {
            confirmedOffset = Math.Max(confirmedOffset, offset.Value);
            this.queue.RemoveAll(u => u.UpdateId < offset.Value && (!u.Forced || u.Delivered));
        }

        if (allowedUpdates is { Count: > 0 })
        {
            this.queue.RemoveAll(u => !allowedUpdates.Contains(u.Type));
        }

        var taken = this.queue.Take(limit).ToList();
        taken.ForEach(u => u.Delivered = true);
        if (taken.Count > 0)
        {
            onChange();
        }

        return taken.Select(u => u.Json).ToList();
    }

    private void Add(QueuedUpdate update)
    {
        history[update.UpdateId] = update;
        // Kept in update_id order; the usual case (a new, higher id) appends.
        var index = this.queue.Count;
        while (index > 0 && this.queue[index - 1].UpdateId > update.UpdateId)
        {
            index--;
        }

        this.queue.Insert(index, update);
        var arrived = this.arrived;
        this.arrived = NewSignal();
        arrived.TrySetResult();
        onChange();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
