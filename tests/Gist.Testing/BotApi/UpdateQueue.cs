using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>The getUpdates queue (https://core.telegram.org/bots/api#getupdates): updates stay until the bot
/// confirms them by asking with an offset above their update_id; a long poll returns at once when updates
/// are queued, else when one arrives or after <c>timeout</c> seconds; a newer getUpdates ends an older one
/// with 409 Conflict, as the real server does.</summary>
internal sealed class UpdateQueue(Action onChange)
{
    private readonly Lock _gate = new();
    private readonly List<QueuedUpdate> _queue = [];
    private readonly Dictionary<long, QueuedUpdate> _history = [];
    private TaskCompletionSource _arrived = NewSignal();
    private CancellationTokenSource? _currentPoll;
    private long _nextUpdateId = 700_000_001;
    private long _confirmedOffset;

    public int Pending { get { lock (_gate) { return _queue.Count; } } }

    public long ConfirmedOffset { get { lock (_gate) { return _confirmedOffset; } } }

    /// <summary>A getUpdates call is waiting in the queue right now.</summary>
    public bool IsPolling { get { lock (_gate) { return _currentPoll is not null; } } }

    public long Enqueue(string type, Func<long, string> build)
    {
        lock (_gate)
        {
            var id = _nextUpdateId++;
            Add(new QueuedUpdate(id, type, build(id), Forced: false));
            return id;
        }
    }

    /// <summary>Queues a raw update; its update_id is kept when present (an id the bot already confirmed comes
    /// back as a redelivery), else the next one is assigned.</summary>
    public long EnqueueRaw(JsonElement update)
    {
        var type = update.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n != "update_id") ?? "unknown";
        lock (_gate)
        {
            if (BotApiArguments.TryReadLong(update, "update_id") is not { } id)
            {
                id = _nextUpdateId++;
                var withId = JsonNode.Parse(update.GetRawText())!.AsObject();
                withId.Insert(0, "update_id", id);
                Add(new QueuedUpdate(id, type, withId.ToJsonString(), Forced: false));
                return id;
            }

            _nextUpdateId = Math.Max(_nextUpdateId, id + 1);
            Add(new QueuedUpdate(id, type, update.GetRawText(), Forced: id < _confirmedOffset));
            return id;
        }
    }

    /// <summary>Puts an update that was enqueued before back in the queue, even if the bot confirmed it.</summary>
    public void Redeliver(long updateId)
    {
        lock (_gate)
        {
            if (!_history.TryGetValue(updateId, out var update))
            {
                throw new ArgumentException($"Update {updateId} was never enqueued.", nameof(updateId));
            }

            Add(update with { Forced = true, Delivered = false });
        }
    }

    public int DropPending()
    {
        lock (_gate)
        {
            var count = _queue.Count;
            _queue.Clear();
            _confirmedOffset = Math.Max(_confirmedOffset, _nextUpdateId);
            return count;
        }
    }

    public async Task<IReadOnlyList<string>> TakeAsync(long? offset, int limit, int timeoutSeconds,
        IReadOnlySet<string>? allowedUpdates, CancellationToken aborted)
    {
        var mine = new CancellationTokenSource();
        lock (_gate)
        {
            _currentPoll?.Cancel();
            _currentPoll = mine;
        }

        onChange();

        try
        {
            var deadline = DateTimeOffset.UtcNow.AddSeconds(timeoutSeconds);
            while (true)
            {
                Task signal;
                lock (_gate)
                {
                    var taken = Take(offset, limit, allowedUpdates);
                    if (taken.Count > 0)
                    {
                        return taken;
                    }

                    signal = _arrived.Task;
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
            lock (_gate)
            {
                if (_currentPoll == mine)
                {
                    _currentPoll = null;
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
            _queue.RemoveRange(0, Math.Max(0, _queue.Count + (int)offset.Value));
        }
        else if (offset is > 0)
        {
            _confirmedOffset = Math.Max(_confirmedOffset, offset.Value);
            _queue.RemoveAll(u => u.UpdateId < offset.Value && (!u.Forced || u.Delivered));
        }

        if (allowedUpdates is { Count: > 0 })
        {
            _queue.RemoveAll(u => !allowedUpdates.Contains(u.Type));
        }

        var taken = _queue.Take(limit).ToList();
        taken.ForEach(u => u.Delivered = true);
        if (taken.Count > 0)
        {
            onChange();
        }

        return taken.Select(u => u.Json).ToList();
    }

    private void Add(QueuedUpdate update)
    {
        _history[update.UpdateId] = update;
        // Kept in update_id order; the usual case (a new, higher id) appends.
        var index = _queue.Count;
        while (index > 0 && _queue[index - 1].UpdateId > update.UpdateId)
        {
            index--;
        }

        _queue.Insert(index, update);
        var arrived = _arrived;
        _arrived = NewSignal();
        arrived.TrySetResult();
        onChange();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
