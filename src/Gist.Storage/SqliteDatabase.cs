using System.Collections.Concurrent;
using Gist.Core.Storage;
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
public sealed class SqliteDatabase : IStorageSchema, IDisposable
{
    // SQLITE_CONSTRAINT (https://sqlite.org/rescode.html#constraint): the statement was refused, the connection is fine.
    private const int SqliteConstraintError = 19;

    private readonly ILogger<SqliteDatabase> logger;
    private readonly SqliteSessionFactory sessions;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly ConcurrentBag<SqliteSession> readers = [];
    private readonly Lock initializeLock = new();
    private SqliteSession? writer;
    private volatile bool initialized;
    private volatile bool disposed;

    public SqliteDatabase(IOptions<StorageOptions> options, ILogger<SqliteDatabase> logger)
    {
        this.logger = logger;
        FilePath = options.Value.GetFullPath();
        sessions = new SqliteSessionFactory(FilePath, logger);
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
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            SqliteSession writer = this.writer ??= sessions.Open();
            try
            {
                writer.BeginImmediate();
                T result = work(writer);
                writer.Commit();
                return result;
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode != SqliteConstraintError)
            {
                // Rolled back by EndTransaction; reopen next time in case the connection itself is what broke.
                writer.Dispose();
                this.writer = null;
                throw;
            }
            finally
            {
                writer.EndTransaction();
            }
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> on a pooled read connection (it sees the last committed state).</summary>
    internal Task<T> ReadAsync<T>(Func<SqliteSession, T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            EnsureInitialized();
            SqliteSession reader = readers.TryTake(out SqliteSession? pooled) ? pooled : sessions.Open();
            bool healthy = false;
            try
            {
                T result = work(reader);
                healthy = true;
                return Task.FromResult(result);
            }
            finally
            {
                if (healthy && !disposed)
                {
                    readers.Add(reader);
                }
                else
                {
                    reader.Dispose();
                }
            }
        }
        catch (Exception exception)
        {
            return Task.FromException<T>(exception);
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        writeGate.Wait();
        try
        {
            this.writer?.Dispose();
            this.writer = null;
        }
        finally
        {
            writeGate.Release();
        }

        while (readers.TryTake(out SqliteSession? reader))
        {
            reader.Dispose();
        }
    }

    private void EnsureInitialized()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (initialized)
        {
            return;
        }

        lock (initializeLock)
        {
            if (initialized)
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

                using SqliteSession session = sessions.Open();
                int version = MigrationRunner.Apply(session, SchemaMigrations.All, FilePath, this.logger);
                this.logger.LogInformation("Storage ready at {Path} (schema version {Version})", FilePath, version);
            }
            catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
            {
                throw new StorageUnavailableException(
                    $"The SQLite database '{FilePath}' (setting Storage__Path) cannot be used: {exception.Message}",
                    exception);
            }

            initialized = true;
        }
    }
}
