using Gist.Core.Storage;
using Gist.Storage.Migrations;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Gist.Storage.Postgres.Migrations;

/// <summary>
/// Brings a PostgreSQL database to the latest schema. The whole run holds a session advisory lock
/// (https://www.postgresql.org/docs/15/explicit-locking.html#ADVISORY-LOCKS): instances starting at once queue on
/// it, and each one after the first finds every step applied. Each step runs in its own transaction (PostgreSQL's DDL
/// is transactional), so a step that fails leaves no trace.
/// </summary>
internal static class PostgresMigrationRunner
{
    /// <summary>The advisory lock key of schema migrations: "gist" "schema" in ASCII, an arbitrary constant of this app.</summary>
    public const long LockKey = 0x6769_7374_7363_6865;

    public static async Task<int> ApplyAsync(
        NpgsqlConnection connection, IReadOnlyList<Migration> migrations, string server, ILogger logger, CancellationToken cancellationToken)
    {
        int latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        await connection.Sql("SELECT pg_advisory_lock(@key);").With("key", LockKey).RunAsync(cancellationToken);
        try
        {
            await connection.Sql("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                );
                """).RunAsync(cancellationToken);

            var applied = (await connection.Sql("SELECT version FROM schema_migrations;")
                .ListAsync(reader => reader.GetInt32(0), cancellationToken)).ToHashSet();
            int current = applied.Count == 0 ? 0 : applied.Max();
            if (current > latest)
            {
                throw new StorageUnavailableException(
                    $"The PostgreSQL database {server} (setting Storage__ConnectionString) has schema version {current}, newer than the " +
                    $"{latest} this build knows; run a newer build or point Storage__ConnectionString at another database.");
            }

            foreach (Migration migration in migrations.Where(m => !applied.Contains(m.Version)))
            {
                await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.Sql(migration.Sql).RunAsync(cancellationToken);
                await connection.Sql("INSERT INTO schema_migrations (version, name) VALUES (@version, @name);")
                    .With("version", migration.Version).With("name", migration.Name).RunAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                current = Math.Max(current, migration.Version);
                logger.LogInformation("Applied PostgreSQL schema migration {Version}: {Name}", migration.Version, migration.Name);
            }

            return current;
        }
        finally
        {
            // Unlocked on the same session; a connection lost mid-run releases the lock with the session.
            await connection.Sql("SELECT pg_advisory_unlock(@key);").With("key", LockKey).RunAsync(CancellationToken.None);
        }
    }
}
