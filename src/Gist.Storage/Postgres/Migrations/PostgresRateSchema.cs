using Gist.Storage.Migrations;

namespace Gist.Storage.Postgres.Migrations;

/// <summary>
/// Version 7: each user's message allowance (token bucket: tokens left at an instant, on the database's clock), so
/// the per-user rate limit holds across instances. Not copied from SQLite, which keeps it in memory.
/// </summary>
internal static class PostgresRateSchema
{
    public static Migration Migration { get; } = new(7, "per-user rate allowance", """
        CREATE TABLE user_rate (
            user_id BIGINT PRIMARY KEY,
            tokens DOUBLE PRECISION NOT NULL,
            counted_at TIMESTAMPTZ NOT NULL
        );
        """);
}
