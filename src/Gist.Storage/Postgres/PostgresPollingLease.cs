using Gist.Core.Storage;
using Microsoft.Extensions.Options;

namespace Gist.Storage.Postgres;

/// <summary>The polling lease in PostgreSQL: one row, taken in one statement, timed on the database's clock.</summary>
public sealed class PostgresPollingLease(PostgresDatabase database, IOptions<StorageOptions> options) : IPollingLease
{
    private const string Hold = """
        INSERT INTO polling_lease (id, holder, lease_until) VALUES (1, @holder, clock_timestamp() + @lease)
        ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until
        WHERE polling_lease.holder = excluded.holder OR polling_lease.lease_until < clock_timestamp()
        RETURNING holder;
        """;

    private readonly TimeSpan lease = PollingLeaseTiming.Duration(options.Value);

    public string Holder { get; } = PollingLeaseTiming.NewHolder();

    public TimeSpan CheckInterval { get; } = PollingLeaseTiming.CheckInterval(options.Value);

    public async Task<bool> TryHoldAsync(CancellationToken cancellationToken) =>
        await database.WriteAsync(connection => connection.Sql(Hold).With("holder", Holder).With("lease", lease).ScalarAsync(cancellationToken),
            cancellationToken) is not null;

    public Task ReleaseAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Sql("DELETE FROM polling_lease WHERE id = 1 AND holder = @holder;")
            .With("holder", Holder).RunAsync(cancellationToken), cancellationToken);
}
