using Gist.Storage.Migrations;

namespace Gist.Storage.Postgres.Migrations;

/// <summary>
/// Every PostgreSQL schema step, in order: the same tables as the SQLite steps, in PostgreSQL's types (BIGINT ids
/// from identities, TIMESTAMPTZ instants, DATE days, JSONB arrays). Steps are never edited once shipped; a new one
/// is appended.
/// </summary>
internal static class PostgresSchema
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        PostgresInitialSchema.Migration,
        PostgresDigestSchema.Migration,
        PostgresReliabilitySchema.Migration,
        PostgresInstanceSchema.Migration,
        PostgresInstanceSchema.PollingLease,
        PostgresSnapshotSchema.Migration,
        PostgresRateSchema.Migration,
        PostgresInstanceSchema.ReplyShown,
        PostgresSendSlotSchema.Migration,
        PostgresDigestClaimSchema.Migration,
    ];
}
