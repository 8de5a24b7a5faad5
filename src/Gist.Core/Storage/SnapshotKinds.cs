namespace Gist.Core.Storage;

/// <summary>The kinds of <see cref="Snapshot"/> the bot keeps.</summary>
public static class SnapshotKinds
{
    /// <summary>A digest as built for a chat; the key is its local date (yyyy-MM-dd).</summary>
    public const string Digest = "digest";

    /// <summary>A summary reply in a chat; the key is the article id.</summary>
    public const string Article = "article";
}
