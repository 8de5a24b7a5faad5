namespace Gist.Core.Storage;

/// <summary>
/// What each chat was shown (digests, summary replies), as JSON views for the Mini App. Every read is scoped to one
/// chat: a chat never sees another's snapshots.
/// </summary>
public interface ISnapshotStore
{
    /// <summary>Stores the view, replacing the chat's earlier one of the same kind and key.</summary>
    Task SaveAsync(long chatId, string kind, string key, string json, CancellationToken cancellationToken);

    /// <summary>The chat's view of that kind and key, or null.</summary>
    Task<Snapshot?> GetAsync(long chatId, string kind, string key, CancellationToken cancellationToken);

    /// <summary>The chat's latest views of a kind, most recently updated first.</summary>
    Task<IReadOnlyList<Snapshot>> ListAsync(long chatId, string kind, int max, CancellationToken cancellationToken);
}
