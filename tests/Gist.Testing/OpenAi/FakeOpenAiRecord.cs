using Gist.Testing.Hosting;

namespace Gist.Testing.OpenAi;

/// <summary>The fake model's thread-safe record: requests, embedded texts, concurrency and its peak.</summary>
internal sealed class FakeOpenAiRecord
{
    private readonly Lock gate = new();
    private readonly List<FakeChatRequest> requests = [];
    private readonly List<string> embedded = [];
    private readonly ChangeSignal changed = new();
    private long sequence;
    private int embeddingRequests;
    private int inFlight;
    private int peak;
    private int faults;

    public IReadOnlyList<FakeChatRequest> Requests { get { lock (gate) { return this.requests.ToArray(); } } }

    public int RequestCount { get { lock (gate) { return this.requests.Count; } } }

    public IReadOnlyList<string> EmbeddedTexts { get { lock (gate) { return this.embedded.ToArray(); } } }

    public int EmbeddingRequestCount => Volatile.Read(ref embeddingRequests);

    public int InFlight => Volatile.Read(ref inFlight);

    public int PeakConcurrency => Volatile.Read(ref this.peak);

    public int FaultsReturned => Volatile.Read(ref faults);

    public long NextSequence() => Interlocked.Increment(ref sequence);

    public void Add(FakeChatRequest request)
    {
        lock (gate)
        {
            this.requests.Add(request);
        }

        Notify();
    }

    public void AddEmbeddings(IReadOnlyList<string> texts)
    {
        lock (gate)
        {
            this.embedded.AddRange(texts);
        }

        Interlocked.Increment(ref embeddingRequests);
        Notify();
    }

    public void CountFault() => Interlocked.Increment(ref faults);

    public void ResetPeak() => Volatile.Write(ref this.peak, Volatile.Read(ref inFlight));

    /// <summary>Counts a request in flight until the returned scope is disposed, raising the peak if needed.</summary>
    public IDisposable EnterFlight()
    {
        var now = Interlocked.Increment(ref inFlight);
        var peak = Volatile.Read(ref this.peak);
        while (now > peak)
        {
            var seen = Interlocked.CompareExchange(ref this.peak, now, peak);
            if (seen == peak)
            {
                break;
            }

            peak = seen;
        }

        return new FlightScope(this);
    }

    public Task WaitForAsync(Func<FakeOpenAiRecord, bool> condition, TimeSpan timeout, CancellationToken cancellationToken) =>
        changed.WaitAsync(() => condition(this), timeout, () =>
            $"The fake model server did not reach the expected state within {timeout} " +
            $"({RequestCount} chat requests, {EmbeddingRequestCount} embedding requests).", cancellationToken);

    private void Notify() => changed.Notify();

    private sealed class FlightScope(FakeOpenAiRecord record) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref this.disposed, 1) == 0)
            {
                Interlocked.Decrement(ref record.inFlight);
            }
        }
    }
}
