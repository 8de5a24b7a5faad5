using Gist.Core.Storage;
using Gist.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace Gist.Storage.Reliability;

/// <summary>
/// The polling lease in SQLite (table polling_lease, migration 33): processes sharing the file share one machine,
/// hence one clock, so the lease is timed on it. They also see each other's process ids, so a process restarted
/// after a crash takes over at once from its dead predecessor instead of waiting for the lease to run out.
/// </summary>
public sealed class SqlitePollingLease(SqliteDatabase database, IOptions<StorageOptions> options, TimeProvider time) : IPollingLease
{
    private const string Hold = """
        INSERT INTO polling_lease (id, holder, lease_until) VALUES (1, $holder, $until)
        ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until
        WHERE polling_lease.holder = excluded.holder OR polling_lease.lease_until < $now
        RETURNING holder;
        """;

    private readonly TimeSpan lease = PollingLeaseTiming.Duration(options.Value);

    public string Holder { get; } = PollingLeaseTiming.NewHolder();

    public TimeSpan CheckInterval { get; } = PollingLeaseTiming.CheckInterval(options.Value);

    public Task<bool> TryHoldAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        return database.WriteAsync(session =>
        {
            if (session.Command("SELECT holder FROM polling_lease WHERE id = 1;").ExecuteScalar() is string holder && HolderIsDead(holder))
            {
                session.Command("DELETE FROM polling_lease WHERE id = 1 AND holder = $holder;").Bind("$holder", holder).ExecuteNonQuery();
            }

            return session.Command(Hold).Bind("$holder", Holder)
                .Bind("$until", SqliteText.Timestamp(now + lease)).Bind("$now", SqliteText.Timestamp(now)).ExecuteScalar() is not null;
        }, cancellationToken);
    }

    /// <summary>A holder named "machine/pid/…" of this machine whose process is gone (see <see cref="PollingLeaseTiming.NewHolder"/>).</summary>
    private static bool HolderIsDead(string holder)
    {
        string[] parts = holder.Split('/');
        if (parts.Length != 3 || parts[0] != Environment.MachineName || !int.TryParse(parts[1], out int processId))
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no process has that id
        }
    }

    public Task ReleaseAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Command("DELETE FROM polling_lease WHERE id = 1 AND holder = $holder;")
            .Bind("$holder", Holder).ExecuteNonQuery(), cancellationToken);
}
