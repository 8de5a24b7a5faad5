using Gist.Storage.Migrations;

namespace Gist.Storage.Snapshots;

/// <summary>Versions 40-49: what the Mini App shows again.</summary>
internal static class SnapshotSchema
{
    /// <summary>Version 40: per chat, the JSON view of each digest and summary reply it was sent.</summary>
    public static Migration Migration { get; } = new(40, "snapshots of digests and summary replies", """
        CREATE TABLE snapshots (
            chat_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            json TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, kind, key)
        );
        CREATE INDEX snapshots_recent ON snapshots (chat_id, kind, updated_at);
        """);
}
