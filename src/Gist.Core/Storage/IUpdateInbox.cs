namespace Gist.Core.Storage;

/// <summary>
/// The durable inbox of Telegram updates, keyed by update_id: an update is written here before the
/// receiver confirms it to Telegram, so nothing accepted is lost and a redelivered update is answered once.
/// </summary>
public interface IUpdateInbox
{
    /// <summary>Adds updates in one transaction; an update_id already present is ignored. Returns how many were new.</summary>
    Task<int> AddAsync(IReadOnlyList<InboxUpdate> updates, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> pending updates, oldest first, at most one per chat and none for a chat
    /// that already has an update in progress: this is what keeps per-chat order.
    /// </summary>
    Task<IReadOnlyList<InboxItem>> ClaimNextAsync(int max, CancellationToken cancellationToken);

    /// <summary>Records the placeholder message sent for an update, so that after a crash it is edited, not sent again.</summary>
    Task SetPlaceholderAsync(long updateId, int messageId, CancellationToken cancellationToken);

    /// <summary>Marks an update answered.</summary>
    Task CompleteAsync(long updateId, CancellationToken cancellationToken);

    /// <summary>Marks an update finished with an error that was reported to the user (or could not be).</summary>
    Task FailAsync(long updateId, string error, CancellationToken cancellationToken);

    /// <summary>Puts an in-progress update back to pending (for a retry later), counting the attempt.</summary>
    Task ReleaseAsync(long updateId, CancellationToken cancellationToken);

    /// <summary>At start: every update left in progress by a previous process goes back to pending.</summary>
    Task<int> RecoverInProgressAsync(CancellationToken cancellationToken);

    /// <summary>The highest update_id ever stored, so polling resumes after it.</summary>
    Task<long?> GetLastUpdateIdAsync(CancellationToken cancellationToken);

    /// <summary>Counts by state, for /stats and tests.</summary>
    Task<InboxCounts> CountAsync(CancellationToken cancellationToken);
}

/// <param name="UpdateId">Telegram's update_id.</param>
/// <param name="ChatId">The chat the update belongs to (the user id when there is no chat).</param>
/// <param name="Json">The update as Telegram sent it.</param>
public sealed record InboxUpdate(long UpdateId, long ChatId, string Json);

public sealed record InboxItem(long UpdateId, long ChatId, string Json, int Attempts, int? PlaceholderMessageId);

public sealed record InboxCounts(int Pending, int InProgress, int Done, int Failed);
