using Gist.Storage.Migrations;

namespace Gist.Storage.Postgres.Migrations;

/// <summary>Version 6: per chat, the JSON view of each digest and summary reply it was sent (the Mini App shows them again).</summary>
internal static class PostgresSnapshotSchema
{
    public static Migration Migration { get; } = new(6, "snapshots of digests and summary replies", """
        CREATE TABLE snapshots (
            chat_id BIGINT NOT NULL,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            json TEXT NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (chat_id, kind, key)
        );
        CREATE INDEX snapshots_recent ON snapshots (chat_id, kind, updated_at);
        """);
}
