namespace Gist.Digests.Channels;

/// <summary>What one read of a channel changed: posts shown, new items, edited items updated, deleted items removed.</summary>
public sealed record ChannelSyncResult(int Shown, int Added, int Edited, int Deleted);
