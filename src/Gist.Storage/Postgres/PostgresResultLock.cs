using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gist.Core.Storage;
using Npgsql;

namespace Gist.Storage.Postgres;

/// <summary>
/// The result lock on PostgreSQL: a session-level advisory lock on the key's 64-bit hash, held on a connection of
/// its own until released (https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS). An
/// instance that dies loses its connection, and the server releases the lock with it. Two keys whose hashes collide
/// only wait for each other. The wait is bounded by <c>lock_timeout</c>, which applies to advisory locks too.
/// The hash is SHA-256's first 8 bytes, computed here: the same on every instance and every server version
/// (<c>hashtextextended</c> would need PostgreSQL 11, and the schema keeps to 10).
/// </summary>
public sealed class PostgresResultLock(PostgresDatabase database) : IResultLock
{
    private const string Lock = """
        SELECT set_config('lock_timeout', @timeout, false);
        SELECT pg_advisory_lock(@id);
        """;

    private const string Unlock = "SELECT pg_advisory_unlock(@id); RESET lock_timeout;";

    public async Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        // lock_timeout 0 would mean "wait for ever": at least one millisecond.
        string milliseconds = Math.Max(1, (long)Math.Ceiling(timeout.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
        long lockId = LockId(key);
        NpgsqlConnection connection = await database.ConnectAsync(cancellationToken);
        try
        {
            await connection.Sql(Lock).With("timeout", milliseconds).With("id", lockId).RunAsync(cancellationToken);
            return new Held(connection, lockId);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            await connection.Sql("RESET lock_timeout;").RunAsync(CancellationToken.None);
            await connection.DisposeAsync();
            return null;
        }
        catch
        {
            // Cancelled or failed: the lock may have been granted just before, so close the session rather than
            // return it to the pool with the lock held (the server releases a closed session's locks).
            await DiscardAsync(connection);
            throw;
        }
    }

    private static long LockId(string key) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static async Task DiscardAsync(NpgsqlConnection connection)
    {
        await connection.DisposeAsync();
        NpgsqlConnection.ClearPool(connection);
    }

    private sealed class Held(NpgsqlConnection connection, long lockId) : IAsyncDisposable
    {
        private int released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) != 0)
            {
                return;
            }

            try
            {
                await connection.Sql(Unlock).With("id", lockId).RunAsync(CancellationToken.None);
                await connection.DisposeAsync();
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
            {
                // The session is gone or broken: the server released its locks with it.
                await DiscardAsync(connection);
            }
        }
    }
}
