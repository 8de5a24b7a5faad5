using Gist.Core.Storage;

namespace Gist.Storage.Postgres;

/// <summary>Model results by key in PostgreSQL, shared by every instance; setting a key again replaces its value.</summary>
public sealed class PostgresResultCache(PostgresDatabase database, TimeProvider time) : IResultCache
{
    public Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return database.ReadAsync(
            async connection => await connection.Sql("SELECT value FROM results WHERE key = @key;").With("key", key).ScalarAsync(cancellationToken) as string,
            cancellationToken);
    }

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        DateTimeOffset now = time.GetUtcNow();
        return database.WriteAsync(connection => connection.Sql("""
            INSERT INTO results (key, value, created_at) VALUES (@key, @value, @now)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at;
            """).With("key", key).With("value", value).With("now", now).RunAsync(cancellationToken), cancellationToken);
    }
}
