using Gist.Testing.Hosting;

namespace Gist.Testing.OpenAi;

/// <summary>The fake model's thread-safe record: requests, embedded texts, concurrency and its peak.</summary>
internal sealed class FakeOpenAiRecord
{
    private readonly Lock _gate = new();
    private readonly List<FakeChatRequest> _requests = [];
    private readonly List<string> _embedded = [];
    private readonly ChangeSignal _changed = new();
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

    public Task WaitForAsync(Func<FakeOpenAiRecord, bool> condition, TimeSpan timeout, CancellationToken cancellationToken) =>
        _changed.WaitAsync(() => condition(this), timeout, () =>
            $"The fake model server did not reach the expected state within {timeout} " +
            $"({RequestCount} chat requests, {EmbeddingRequestCount} embedding requests).", cancellationToken);

    private void Notify() => _changed.Notify();

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
