using System.Collections.Concurrent;

namespace Gist.Summarization;

/// <summary>
/// Concurrent callers asking for the same key share one run of the work instead of each starting their own (the
/// same new article sent from two chats at once is one model call, not two). The entry is removed when the run
/// ends, so a later caller starts afresh (and finds the result cache the run wrote). The shared run is cancelled
/// only when every caller waiting on it has cancelled; a caller that cancels alone just stops waiting.
/// </summary>
public sealed class SingleFlight<TResult>
{
    private readonly ConcurrentDictionary<string, Flight> flights = new(StringComparer.Ordinal);

    /// <summary>Keys with a run in progress (for tests and diagnostics).</summary>
    public int InFlight => flights.Count;

    public async Task<TResult> RunAsync(string key, Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Flight flight;
        while (true)
        {
            flight = flights.GetOrAdd(key, static _ => new Flight());
            if (flight.TryJoin())
            {
                break;
            }

            // Every waiter of that run had cancelled it: it is on its way out; start a new one.
            flights.TryRemove(new KeyValuePair<string, Flight>(key, flight));
        }

        if (flight.TryStart())
        {
            _ = RunFlightAsync(key, flight, work);
        }

        try
        {
            return await flight.Result.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !flight.Result.Task.IsCompleted)
        {
            flight.Leave();
            throw;
        }
    }

    private async Task RunFlightAsync(string key, Flight flight, Func<CancellationToken, Task<TResult>> work)
    {
        try
        {
            flight.Result.TrySetResult(await work(flight.Cancellation.Token));
        }
        catch (OperationCanceledException) when (flight.Cancellation.IsCancellationRequested)
        {
            flight.Result.TrySetCanceled(flight.Cancellation.Token);
        }
        catch (Exception ex)
        {
            flight.Result.TrySetException(ex);
        }
        finally
        {
            flights.TryRemove(new KeyValuePair<string, Flight>(key, flight));
            flight.Cancellation.Dispose();
        }
    }

    private sealed class Flight
    {
        private readonly Lock gate = new();
        private int waiters;
        private bool started;
        private bool abandoned;

        public TaskCompletionSource<TResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenSource Cancellation { get; } = new();

        public bool TryJoin()
        {
            lock (gate)
            {
                if (abandoned)
                {
                    return false;
                }

                waiters++;
                return true;
            }
        }

        /// <summary>True for the first caller only: it starts the run.</summary>
        public bool TryStart()
        {
            lock (gate)
            {
                var first = !started;
                started = true;
                return first;
            }
        }

        public void Leave()
        {
            lock (gate)
            {
                waiters--;
                if (waiters > 0 || Result.Task.IsCompleted)
                {
                    return;
                }

                abandoned = true;
            }

            try
            {
                Cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The run ended meanwhile.
            }
        }
    }
}
