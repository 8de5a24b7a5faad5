namespace Gist.Testing.OpenAi;

/// <summary>The fake model's thread-safe record: requests, embedded texts, concurrency and its peak.</summary>
internal sealed class FakeOpenAiRecord
{
    private readonly Lock _gate = new();
    private readonly List<FakeChatRequest> _requests = [];
    private readonly List<string> _embedded = [];
    private TaskCompletionSource _changed = NewSignal();
    private long _sequence;
    private int _embeddingRequests;
    private int _inFlight;
    private int _peak;
    private int _faults;

    public IReadOnlyList<FakeChatRequest> Requests { get { lock (_gate) { return _requests.ToArray(); } } }

    public int RequestCount { get { lock (_gate) { return _requests.Count; } } }

    public IReadOnlyList<string> EmbeddedTexts { get { lock (_gate) { return _embedded.ToArray(); } } }

    public int EmbeddingRequestCount => Volatile.Read(ref _embeddingRequests);

    public int InFlight => Volatile.Read(ref _inFlight);

    public int PeakConcurrency => Volatile.Read(ref _peak);

    public int FaultsReturned => Volatile.Read(ref _faults);

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Add(FakeChatRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }

        Notify();
    }

    public void AddEmbeddings(IReadOnlyList<string> texts)
    {
        lock (_gate)
        {
            _embedded.AddRange(texts);
        }

        Interlocked.Increment(ref _embeddingRequests);
        Notify();
    }

    public void CountFault() => Interlocked.Increment(ref _faults);

    public void ResetPeak() => Volatile.Write(ref _peak, Volatile.Read(ref _inFlight));

    /// <summary>Counts a request in flight until the returned scope is disposed, raising the peak if needed.</summary>
    public IDisposable EnterFlight()
    {
        var now = Interlocked.Increment(ref _inFlight);
        var peak = Volatile.Read(ref _peak);
        while (now > peak)
        {
            var seen = Interlocked.CompareExchange(ref _peak, now, peak);
            if (seen == peak)
            {
                break;
            }

            peak = seen;
        }

        return new FlightScope(this);
    }

    public async Task WaitForAsync(Func<FakeOpenAiRecord, bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (condition(this))
            {
                return;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                if (condition(this))
                {
                    return;
                }

                throw new TimeoutException($"The fake model server did not reach the expected state within {timeout} " +
                    $"({RequestCount} chat requests, {EmbeddingRequestCount} embedding requests).");
            }
        }
    }

    private void Notify() => Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class FlightScope(FakeOpenAiRecord record) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref record._inFlight);
            }
        }
    }
}
