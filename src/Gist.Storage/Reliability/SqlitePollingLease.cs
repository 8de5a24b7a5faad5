using Gist.Core.Storage;
using Gist.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace Gist.Storage.Reliability;

/// <summary>
/// The polling lease in SQLite (table polling_lease, migration 33): processes sharing the file share one machine,
/// hence one clock, so the lease is timed on it.
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
        return database.WriteAsync(session => session.Command(Hold).Bind("$holder", Holder)
            .Bind("$until", SqliteText.Timestamp(now + lease)).Bind("$now", SqliteText.Timestamp(now)).ExecuteScalar() is not null, cancellationToken);
    }

    public Task ReleaseAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Command("DELETE FROM polling_lease WHERE id = 1 AND holder = $holder;")
            .Bind("$holder", Holder).ExecuteNonQuery(), cancellationToken);
}
