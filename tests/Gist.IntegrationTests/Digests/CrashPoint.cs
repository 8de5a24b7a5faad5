using Gist.Core.Digests;
using Gist.Core.Storage;

namespace Gist.IntegrationTests.Digests;

/// <summary>
/// Stands for the process dying at one point of a delivery: the wrapped store call throws there, and the test then
/// disposes the host without letting anything else run.
/// </summary>
public sealed class CrashPoint(ISubscriberStore subscribers, IPendingDigestStore pending) : ISubscriberStore, IPendingDigestStore
{
    /// <summary>Throw instead of recording the digest as sent (every message already went out).</summary>
    public bool BeforeRecordingSent { get; init; }

    /// <summary>Throw right after this many messages were recorded as sent (null: never).</summary>
    public int? AfterPartsRecorded { get; init; }

    private int partsRecorded;

    public Task<Subscriber?> GetAsync(long chatId, CancellationToken cancellationToken) => subscribers.GetAsync(chatId, cancellationToken);

    public Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken) => subscribers.SaveAsync(subscriber, cancellationToken);

    public Task<IReadOnlyList<Subscriber>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken) =>
        subscribers.ClaimDueAsync(now, leaseUntil, max, cancellationToken);

    public Task<bool> WasSentAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken) => subscribers.WasSentAsync(chatId, localDate, cancellationToken);

    public Task RecordSentAsync(long chatId, DateOnly localDate, DateTimeOffset through, int messages, DateTimeOffset nextDigestAt, DateTimeOffset now, CancellationToken cancellationToken) =>
        BeforeRecordingSent
            ? throw new SimulatedCrashException()
            : subscribers.RecordSentAsync(chatId, localDate, through, messages, nextDigestAt, now, cancellationToken);

    public Task RescheduleAsync(long chatId, DateTimeOffset nextDigestAt, CancellationToken cancellationToken) => subscribers.RescheduleAsync(chatId, nextDigestAt, cancellationToken);

    public Task PauseAsync(long chatId, string reason, CancellationToken cancellationToken) => subscribers.PauseAsync(chatId, reason, cancellationToken);

    public Task<IReadOnlyList<ReadingEntry>> GetReadingAsync(long chatId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        subscribers.GetReadingAsync(chatId, since, until, cancellationToken);

    public Task<PendingDigest?> GetAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken) => pending.GetAsync(chatId, localDate, cancellationToken);

    public Task<PendingDigest> BeginAsync(long chatId, DateOnly localDate, DateTimeOffset through, IReadOnlyList<string> parts, DateTimeOffset now, CancellationToken cancellationToken) =>
        pending.BeginAsync(chatId, localDate, through, parts, now, cancellationToken);

    public async Task MarkPartSentAsync(long chatId, DateOnly localDate, int index, int messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await pending.MarkPartSentAsync(chatId, localDate, index, messageId, now, cancellationToken);
        if (++partsRecorded == AfterPartsRecorded)
        {
            throw new SimulatedCrashException();
        }
    }
}
