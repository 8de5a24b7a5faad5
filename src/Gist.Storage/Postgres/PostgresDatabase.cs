using System.Net.Sockets;
using Gist.Core.Storage;
using Gist.Storage.Postgres.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Gist.Storage.Postgres;

/// <summary>
/// The PostgreSQL server behind every store, shared by every instance of the bot. Connections come from Npgsql's
/// pool; each operation opens one, runs (in a transaction when it writes more than one row) and returns it.
/// </summary>
public sealed class PostgresDatabase : IStorageSchema, IDisposable, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly ILogger<PostgresDatabase> logger;
    private readonly SemaphoreSlim initializeGate = new(1, 1);
    private volatile bool initialized;

    public PostgresDatabase(IOptions<StorageOptions> options, ILogger<PostgresDatabase> logger)
    {
        this.logger = logger;
        string connectionString = options.Value.ConnectionString
            ?? throw new StorageUnavailableException("Storage__ConnectionString is required when Storage__Provider is postgres.");
        Server = PostgresConnectionString.Describe(connectionString);
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>Host, port, database and user (no password), for messages.</summary>
    public string Server { get; }

    /// <summary>
    /// Connects and applies pending schema migrations under an advisory lock, so instances starting together apply
    /// each step once: the others wait for the lock, then find the schema ready.
    /// </summary>
    /// <exception cref="StorageUnavailableException">The server cannot be reached, refuses the login, or has a newer schema.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (initialized)
        {
            return;
        }

        await initializeGate.WaitAsync(cancellationToken);
        try
        {
            if (initialized)
            {
                return;
            }

            await using NpgsqlConnection connection = await OpenAsync(cancellationToken);
            int version = await PostgresMigrationRunner.ApplyAsync(connection, PostgresSchema.All, Server, logger, cancellationToken);
            logger.LogInformation("Storage ready on PostgreSQL {Server} (schema version {Version})", Server, version);
            initialized = true;
        }
        finally
        {
            initializeGate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> on a pooled connection, outside any transaction (one statement).</summary>
    internal async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await using NpgsqlConnection connection = await OpenAsync(cancellationToken);
        try
        {
            return await work(connection);
        }
        catch (NpgsqlException exception) when (exception.IsTransient)
        {
            throw Unavailable(exception);
        }
    }

    /// <summary>Runs <paramref name="work"/> in a transaction, committed when it returns, rolled back when it throws.</summary>
    internal async Task<T> WriteAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await using NpgsqlConnection connection = await OpenAsync(cancellationToken);
        try
        {
            await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
            T result = await work(connection);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (NpgsqlException exception) when (exception.IsTransient)
        {
            // A dropped connection (the server restarting, a failover): not this call's fault, and the transaction is
            // gone with it, so the caller may try again once the server is back.
            throw Unavailable(exception);
        }
    }

    /// <summary>A connection of its own for the caller to keep (a session-level lock lives as long as it does).</summary>
    internal async Task<NpgsqlConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await OpenAsync(cancellationToken);
    }

    public void Dispose() => dataSource.Dispose();

    public async ValueTask DisposeAsync() => await dataSource.DisposeAsync();

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException)
        {
            throw Unavailable(exception);
        }
    }

    // Npgsql's messages name the host and the failure, never the password.
    private StorageUnavailableException Unavailable(Exception exception) =>
        new($"The PostgreSQL database {Server} (setting Storage__ConnectionString) cannot be reached: {exception.Message}", exception);
}
