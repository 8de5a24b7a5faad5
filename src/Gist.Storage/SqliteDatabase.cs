using System.Collections.Concurrent;
using Gist.Storage.Migrations;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Storage;

/// <summary>
/// The SQLite file behind every store. Writes go through one connection, one at a time (an in-process gate, so
/// writers queue instead of spinning on SQLITE_BUSY), each in a BEGIN IMMEDIATE transaction (so another process
/// on the same file is excluded too). Reads use a small pool of connections and run beside the writer (WAL).
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    // Another process (a second instance, the CLI) may hold the write lock briefly; wait rather than fail.
    private const int BusyTimeoutMilliseconds = 5000;

    private readonly ILogger<SqliteDatabase> _logger;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentBag<SqliteSession> _readers = [];
    private readonly Lock _initializeLock = new();
    private SqliteSession? _writer;
    private volatile bool _initialized;
    private volatile bool _disposed;

    public SqliteDatabase(IOptions<StorageOptions> options, ILogger<SqliteDatabase> logger)
    {
        _logger = logger;
        FilePath = options.Value.GetFullPath();
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false, // this class is the pool; closing it must really close the file
        }.ToString();
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>
    /// Creates the folder and the file if needed and applies pending schema migrations. The host calls it at
    /// start; every store also calls it on first use. Safe to call any number of times.
    /// </summary>
    /// <exception cref="StorageUnavailableException">The file cannot be created, opened or migrated.</exception>
    public Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        EnsureInitialized();
        return Task.CompletedTask;
    }

    /// <summary>Runs <paramref name="work"/> in a write transaction, committed when it returns.</summary>
    internal async Task<T> WriteAsync<T>(Func<SqliteSession, T> work, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            SqliteSession writer = _writer ??= OpenSession();
            writer.BeginImmediate();
            try
            {
                T result = work(writer);
                writer.Commit();
                return result;
            }
            finally
            {
                writer.EndTransaction();
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> on a pooled read connection (it sees the last committed state).</summary>
    internal Task<T> ReadAsync<T>(Func<SqliteSession, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        EnsureInitialized();
        SqliteSession reader = _readers.TryTake(out SqliteSession? pooled) ? pooled : OpenSession();
        try
        {
            return Task.FromResult(work(reader));
        }
        finally
        {
            if (_disposed)
            {
                reader.Dispose();
            }
            else
            {
                _readers.Add(reader);
            }
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writeGate.Wait();
        try
        {
            _writer?.Dispose();
            _writer = null;
        }
        finally
        {
            _writeGate.Release();
        }

        while (_readers.TryTake(out SqliteSession? reader))
        {
            reader.Dispose();
        }
    }

    private void EnsureInitialized()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_initialized)
        {
            return;
        }

        lock (_initializeLock)
        {
            if (_initialized)
            {
                return;
            }

            try
            {
                string? folder = Path.GetDirectoryName(FilePath);
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                using SqliteSession session = OpenSession();
                int version = MigrationRunner.Apply(session, SchemaMigrations.All, FilePath, _logger);
                _logger.LogInformation("Storage ready at {Path} (schema version {Version})", FilePath, version);
            }
            catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
            {
                throw new StorageUnavailableException(
                    $"The SQLite database '{FilePath}' (setting Storage__Path) cannot be used: {exception.Message}",
                    exception);
            }

            _initialized = true;
        }
    }

    private SqliteSession OpenSession()
    {
        var connection = new SqliteConnection(_connectionString);
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
                _logger.LogWarning("SQLite at {Path} runs in journal mode {Mode}, not WAL", FilePath, mode);
            }

            // NORMAL in WAL mode syncs the log at checkpoints, not at every commit. A killed process (SIGKILL, a
            // crash) loses nothing: the commit is already in the WAL file through the OS page cache. Only a power
            // cut or OS crash can lose the last commits (never corrupting the file); FULL would close that gap at
            // the cost of an fsync on every inbox write, which the per-update round trip cannot afford.
            session.ExecuteOnce("PRAGMA synchronous = NORMAL;");
            session.ExecuteOnce("PRAGMA foreign_keys = ON;");
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }
}
