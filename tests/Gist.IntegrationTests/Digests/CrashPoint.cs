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

    /// <summary>Throw instead of recording the message at this index as sent: Telegram accepted it (null: never).</summary>
    public int? BeforeConfirmingPart { get; init; }

    /// <summary>Throw right after the send of the message at this index was marked begun: its request never left (null: never).</summary>
    public int? AfterBeginningPart { get; init; }

    private int partsRecorded;

    public Task<Subscriber?> GetAsync(long chatId, CancellationToken cancellationToken) => subscribers.GetAsync(chatId, cancellationToken);

    public Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken) => subscribers.SaveAsync(subscriber, cancellationToken);

    public Task<IReadOnlyList<Subscriber>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, string claimant, CancellationToken cancellationToken) =>
        subscribers.ClaimDueAsync(now, leaseUntil, max, claimant, cancellationToken);

    public Task<IReadOnlyList<long>> RenewClaimsAsync(string claimant, IReadOnlyCollection<long> chatIds, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        subscribers.RenewClaimsAsync(claimant, chatIds, leaseUntil, cancellationToken);

    public Task<SentDigest?> GetSentAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken) => subscribers.GetSentAsync(chatId, localDate, cancellationToken);

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

    public async Task<bool> BeginPartAsync(long chatId, DateOnly localDate, int index, string claimant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var begun = await pending.BeginPartAsync(chatId, localDate, index, claimant, now, cancellationToken);
        return index == AfterBeginningPart ? throw new SimulatedCrashException() : begun;
    }

    public async Task<bool> MarkPartSentAsync(long chatId, DateOnly localDate, int index, int messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (index == BeforeConfirmingPart)
        {
            throw new SimulatedCrashException();
        }

        var marked = await pending.MarkPartSentAsync(chatId, localDate, index, messageId, now, cancellationToken);
        return ++partsRecorded == AfterPartsRecorded ? throw new SimulatedCrashException() : marked;
    }

    public Task WithdrawPartAsync(long chatId, DateOnly localDate, int index, DateTimeOffset now, CancellationToken cancellationToken) =>
        pending.WithdrawPartAsync(chatId, localDate, index, now, cancellationToken);

    public Task<bool> SettleUncertainPartAsync(long chatId, DateOnly localDate, int index, DateTimeOffset now, CancellationToken cancellationToken) =>
        pending.SettleUncertainPartAsync(chatId, localDate, index, now, cancellationToken);
}
