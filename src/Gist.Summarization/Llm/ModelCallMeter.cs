namespace Gist.Summarization.Llm;

/// <summary>
/// Counts the requests sent to the chat model while one piece of work runs (one Telegram update), so the daily
/// quota is charged only for updates that really used the model, not for answers from the result cache or the
/// offline engine. Carried in an <see cref="AsyncLocal{T}"/>: whatever the work awaits, in this async flow, counts
/// toward it; <see cref="MeteringChatClient"/> does the counting. Outside a measurement nothing is counted (model
/// re-runs in the background, digests).
/// </summary>
/// <remarks>
/// SummarizationPipeline shares one model call among callers asking for the same new article at the same time
/// (SingleFlight): the call runs in the async flow of the caller that started it, so that caller's update is
/// charged and the ones that joined it are not. That is intended: one call, one charge.
/// </remarks>
public sealed class ModelCallMeter : IDisposable
{
    private static readonly AsyncLocal<ModelCallMeter?> Active = new();

    private readonly ModelCallMeter? outer;
    private int requests;
    private bool disposed;

    private ModelCallMeter(ModelCallMeter? outer)
    {
        this.outer = outer;
    }

    /// <summary>The measurement the current async flow counts toward, if any.</summary>
    public static ModelCallMeter? Current => Active.Value;

    /// <summary>Requests sent to the model so far in this measurement (retries included).</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>
    /// Starts a measurement for the current async flow and what it awaits; dispose it to end it. Synchronous on
    /// purpose: an AsyncLocal set in an async method would not be seen by its caller.
    /// </summary>
    public static ModelCallMeter Start()
    {
        var meter = new ModelCallMeter(Active.Value);
        Active.Value = meter;
        return meter;
    }

    /// <summary>Counts one request in the current measurement; nothing happens outside one.</summary>
    public static void CountRequest()
    {
        if (Active.Value is { } meter)
        {
            Interlocked.Increment(ref meter.requests);
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (ReferenceEquals(Active.Value, this))
        {
            Active.Value = outer;
        }
    }
}
