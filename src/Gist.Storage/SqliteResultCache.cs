using Gist.Core.Storage;
using Gist.Storage.Sqlite;

namespace Gist.Storage;

/// <summary>Model results by key in SQLite; setting a key again replaces its value.</summary>
public sealed class SqliteResultCache : IResultCache
{
    private const string Select = "SELECT value FROM results WHERE key = $key;";

    private const string Upsert = """
        INSERT INTO results (key, value, created_at) VALUES ($key, $value, $now)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at;
        """;

    private readonly SqliteDatabase database;
    private readonly TimeProvider time;

    public SqliteResultCache(SqliteDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
    }

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return this.database.ReadAsync(
            session => session.Command(Select).Bind("$key", key).ExecuteScalar() as string, cancellationToken);
    }

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        string now = SqliteText.Timestamp(this.time.GetUtcNow());
        return this.database.WriteAsync(
            session => session.Command(Upsert).Bind("$key", key).Bind("$value", value).Bind("$now", now).ExecuteNonQuery(),
            cancellationToken);
    }
}
