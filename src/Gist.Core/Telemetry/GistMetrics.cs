using System.Diagnostics.Metrics;

namespace Gist.Core.Telemetry;

/// <summary>
/// The bot's own instruments, on one <see cref="Meter"/> ("Gist") that OpenTelemetry collects and /metrics exposes
/// in Prometheus' text format. Names follow OpenTelemetry's conventions; the exposition turns them into Prometheus
/// names (gist.updates.received → gist_updates_received_total). Static on purpose: the instruments are cheap when
/// nobody listens, and every project can count without a dependency on the host.
/// </summary>
public static class GistMetrics
{
    public const string MeterName = "Gist";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Updates newly written to the inbox (a redelivered update_id is not counted again).</summary>
    public static readonly Counter<long> UpdatesReceived = Meter.CreateCounter<long>("gist.updates.received", "{update}", "Updates newly written to the inbox");

    /// <summary>Updates finished, by outcome: answered, failed, retry (put back for later).</summary>
    public static readonly Counter<long> UpdatesProcessed = Meter.CreateCounter<long>("gist.updates.processed", "{update}", "Updates finished, by outcome");

    /// <summary>Time from claiming an update to recording its outcome.</summary>
    public static readonly Histogram<double> UpdateDuration = Meter.CreateHistogram<double>("gist.update.duration", "s", "Time to process one update",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300] });

    /// <summary>Requests sent to a model deployment, by deployment and outcome (ok, 429, 5xx, timeout, error).</summary>
    public static readonly Counter<long> ModelCalls = Meter.CreateCounter<long>("gist.model.calls", "{request}", "Requests sent to the model, by deployment and outcome");

    public static readonly Histogram<double> ModelDuration = Meter.CreateHistogram<double>("gist.model.duration", "s", "Time of one model request, by deployment",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300] });

    /// <summary>Messages sent or edited through the Telegram throttle, by priority (interactive, broadcast).</summary>
    public static readonly Counter<long> MessagesSent = Meter.CreateCounter<long>("gist.telegram.messages", "{message}", "Messages sent or edited, by priority");

    /// <summary>Messages the throttle held back to stay within Telegram's limits.</summary>
    public static readonly Counter<long> MessagesThrottled = Meter.CreateCounter<long>("gist.telegram.throttled", "{message}", "Messages delayed to keep within Telegram's limits");

    /// <summary>429 answers from Telegram, by scope (chat, all).</summary>
    public static readonly Counter<long> TelegramTooManyRequests = Meter.CreateCounter<long>("gist.telegram.too_many_requests", "{response}", "429 answers from the Bot API");

    /// <summary>Times the shared send slots (PostgreSQL) failed or did not answer in time and an instance paced itself.</summary>
    public static readonly Counter<long> ThrottleFallbacks = Meter.CreateCounter<long>("gist.telegram.throttle_fallbacks", "{fallback}", "Send slots taken in-process because the shared store did not answer");

    /// <summary>Digests delivered to a subscriber (one per subscriber and local date).</summary>
    public static readonly Counter<long> DigestsSent = Meter.CreateCounter<long>("gist.digests.sent", "{digest}", "Digests delivered");

    /// <summary>
    /// Digest messages whose send was cut off by a dying instance, settled without knowing whether they arrived and,
    /// by the at-most-once rule, not sent again.
    /// </summary>
    public static readonly Counter<long> DigestPartsUncertain = Meter.CreateCounter<long>(
        "gist.digests.parts_uncertain", "{message}", "Digest messages cut off mid-send by a dying instance and not sent again");

    private static long inboxPending = -1;

    /// <summary>Updates waiting in the inbox, as last read from the database (refreshed before each scrape); none until read once.</summary>
    public static readonly ObservableGauge<long> InboxPending = Meter.CreateObservableGauge(
        "gist.inbox.pending", () => Interlocked.Read(ref inboxPending) is var v && v >= 0 ? [new Measurement<long>(v)] : Array.Empty<Measurement<long>>(),
        "{update}", "Updates waiting in the inbox");

    public static void RecordInboxPending(long pending) => Interlocked.Exchange(ref inboxPending, pending);
}
