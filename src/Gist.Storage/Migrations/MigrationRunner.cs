using System.Globalization;
using Gist.Core.Storage;
using Gist.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace Gist.Storage.Migrations;

/// <summary>
/// Brings a database to the latest schema. The applied versions are rows of schema_migrations; each pending step
/// runs in a BEGIN IMMEDIATE transaction that first re-reads the version, so two processes starting together
/// apply each step once, and a step that fails leaves no trace.
/// </summary>
internal static class MigrationRunner
{
    /// <summary>Applies the pending steps and returns the schema version the database now has.</summary>
    public static int Apply(SqliteSession session, IReadOnlyList<Migration> migrations, string filePath, ILogger logger)
    {
        CheckOrder(migrations);
        int latest = migrations.Count == 0 ? 0 : migrations[^1].Version;

        session.ExecuteOnce("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL
            );
            """);

        int current = CurrentVersion(session);
        if (current > latest)
        {
            throw new StorageUnavailableException(
                $"The SQLite database '{filePath}' (setting Storage__Path) has schema version {current}, newer than the {latest} this " +
                "build knows; run a newer build or point Storage__Path at another file.");
        }

        // Each feature owns a range of versions (digests 2-9, reliability 10-19), so a step can land below one that
        // is already applied: a step runs when its own version is missing, not when it is above the highest.
        foreach (Migration migration in migrations)
        {
            if (IsApplied(session, migration.Version))
            {
                continue;
            }

            session.BeginImmediate();
            try
            {
                if (IsApplied(session, migration.Version))
                {
                    continue; // another process applied it while we waited for the lock
                }

                session.ExecuteOnce(migration.Sql);
                session.Command("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at);")
                    .Bind("$version", migration.Version)
                    .Bind("$name", migration.Name)
                    .Bind("$at", SqliteText.Timestamp(DateTimeOffset.UtcNow))
                    .ExecuteNonQuery();
                session.Commit();
                current = Math.Max(current, migration.Version);
                logger.LogInformation("Applied schema migration {Version}: {Name}", migration.Version, migration.Name);
            }
            finally
            {
                session.EndTransaction();
            }
        }

        return current;
    }

    private static bool IsApplied(SqliteSession session, int version) =>
        session.Command("SELECT 1 FROM schema_migrations WHERE version = $version;").Bind("$version", version).ExecuteScalar() is not null;

    private static int CurrentVersion(SqliteSession session) =>
        Convert.ToInt32(session.ExecuteOnce("SELECT COALESCE(MAX(version), 0) FROM schema_migrations;"), CultureInfo.InvariantCulture);

    private static void CheckOrder(IReadOnlyList<Migration> migrations)
    {
        for (int i = 0; i < migrations.Count; i++)
        {
            int previous = i == 0 ? 0 : migrations[i - 1].Version;
            if (migrations[i].Version <= previous)
            {
                throw new InvalidOperationException(
                    $"Schema migration '{migrations[i].Name}' has version {migrations[i].Version}; versions must be positive and increasing.");
            }
        }
    }
}
