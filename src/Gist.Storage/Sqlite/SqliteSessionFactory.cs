using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Gist.Storage.Sqlite;

/// <summary>Opens connections to one file with the settings every connection needs.</summary>
internal sealed class SqliteSessionFactory
{
    // Another process (a second instance, the CLI) may hold the write lock briefly; wait rather than fail.
    private const int BusyTimeoutMilliseconds = 5000;

    private readonly string connectionString;
    private readonly string filePath;
    private readonly ILogger logger;

    public SqliteSessionFactory(string filePath, ILogger logger)
    {
        this.filePath = filePath;
        this.logger = logger;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false, // SqliteDatabase is the pool; closing it must really close the file
        }.ToString();
    }

    public SqliteSession Open()
    {
        var connection = new SqliteConnection(connectionString);
        var session = new SqliteSession(connection);
        try
        {
            connection.Open();
            session.ExecuteOnce($"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};");

            // WAL: readers never block the writer and a commit is one append to the log. It is a property of the
            // file, set once, but asking again is free and tells us whether the file system supports it.
            object? mode = session.ExecuteOnce("PRAGMA journal_mode = WAL;");
            if (!"wal".Equals(mode as string, StringComparison.OrdinalIgnoreCase))
            {
                this.logger.LogWarning("SQLite at {Path} runs in journal mode {Mode}, not WAL", this.filePath, mode);
            }

            // NORMAL in WAL mode syncs the log at checkpoints, not at every commit. A killed process (SIGKILL, a
            // crash) loses nothing: the commit is already in the WAL file through the OS page cache. Only a power
            // cut or OS crash can lose the last commits (never corrupting the file); FULL would close that gap at
            // the cost of an fsync on every inbox write, which the per-update round trip cannot afford.
            session.ExecuteOnce("PRAGMA synchronous = NORMAL;");
            session.ExecuteOnce("PRAGMA foreign_keys = ON;");

            // Each connection has its own page cache, 2 MB by default (https://sqlite.org/pragma.html#pragma_cache_size),
            // and the read pool grows to the number of threads reading at once. The hot pages of this small file are in
            // the OS page cache anyway, so 512 KB per connection keeps the resident set down at no measurable cost.
            session.ExecuteOnce("PRAGMA cache_size = -512;");
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }
}
