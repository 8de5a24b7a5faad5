using System.Collections.Concurrent;

namespace Gist.Core.Storage;

/// <summary>
/// A result lock for callers in one process: a semaphore per key, kept only while someone holds or waits for it.
/// Enough where one process owns the database (SQLite).
/// </summary>
public sealed class InProcessResultLock : IResultLock
{
    private readonly ConcurrentDictionary<string, Holders> locks = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        Holders holders = Enter(key);
        try
        {
            if (await holders.Gate.WaitAsync(timeout, cancellationToken))
            {
                return new Release(() => Leave(key, holders, held: true));
            }
        }
        catch
        {
            Leave(key, holders, held: false);
            throw;
        }

        Leave(key, holders, held: false);
        return null;
    }

    private Holders Enter(string name)
    {
        while (true)
        {
            Holders holders = locks.GetOrAdd(name, _ => new Holders());
            lock (holders)
            {
                // Its last user may have just removed this entry (under this lock): then take a fresh one.
                if (locks.TryGetValue(name, out Holders? current) && ReferenceEquals(current, holders))
                {
                    holders.Users++;
                    return holders;
                }
            }
        }
    }

    private void Leave(string name, Holders holders, bool held)
    {
        lock (holders)
        {
            if (held)
            {
                holders.Gate.Release();
            }

            if (--holders.Users == 0)
            {
                locks.TryRemove(new KeyValuePair<string, Holders>(name, holders));
            }
        }
    }

    private sealed class Holders
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Release(Action release) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
