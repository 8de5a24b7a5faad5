namespace Gist.Core.Storage;

/// <summary>
/// A view of something the bot sent a chat, kept as JSON so the Mini App can show it again later: a digest
/// (<see cref="SnapshotKinds.Digest"/>, keyed by its local date) or a summary reply (<see cref="SnapshotKinds.Article"/>,
/// keyed by the article id).
/// </summary>
public sealed record Snapshot(long ChatId, string Kind, string Key, string Json, DateTimeOffset UpdatedAt);
