namespace Gist.Core.Storage;

/// <summary>Durable queue of offline replies to re-run with the model (survives restarts).</summary>
public interface IModelRerunStore
{
    /// <summary>Queues a re-run due at <paramref name="dueAt"/> and returns its id.</summary>
    Task<long> AddAsync(long chatId, long articleId, string outputLanguage, IReadOnlyList<int> messageIds, int? replyToMessageId,
        DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Re-runs due at or before <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<ModelRerun>> GetDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the due re-runs (oldest first) for one instance: in one atomic step they become due at
    /// <paramref name="claimUntil"/>, so another instance claiming at the same time gets other re-runs or none.
    /// <see cref="RescheduleAsync"/> or <see cref="RemoveAsync"/> follows; a claim never followed by either (the
    /// instance died) makes the re-run due again at <paramref name="claimUntil"/>. Returns them as they were before the claim.
    /// </summary>
    Task<IReadOnlyList<ModelRerun>> ClaimDueAsync(DateTimeOffset now, int max, DateTimeOffset claimUntil, CancellationToken cancellationToken);

    /// <summary>Counts one more attempt and moves the re-run to <paramref name="dueAt"/>.</summary>
    Task RescheduleAsync(long id, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>
    /// Records the messages that now hold the reply while a re-run replaces it, so a re-run cut off after sending
    /// an extra part (or deleting a surplus one) edits those messages next time instead of sending them again.
    /// </summary>
    Task UpdateMessagesAsync(long id, IReadOnlyList<int> messageIds, CancellationToken cancellationToken);

    /// <summary>Removes a re-run (done, or given up).</summary>
    Task RemoveAsync(long id, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
