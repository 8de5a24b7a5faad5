using Microsoft.Extensions.Time.Testing;

namespace Gist.Storage.Tests.Contract;

/// <summary>One test's database, of one provider, that can be opened several times (as by several processes).</summary>
public abstract class StoreProvider : IAsyncDisposable
{
    private readonly List<StoreSet> opened = [];

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>"sqlite" or "postgres", for messages.</summary>
    public abstract string Name { get; }

    /// <summary>Opens the database as a new process would: its own connections and stores.</summary>
    public async Task<StoreSet> OpenAsync()
    {
        StoreSet stores = await CreateAsync();
        opened.Add(stores);
        return stores;
    }

    /// <summary>Looks at the database with a separate plain connection, as an operator with psql or sqlite3 would.</summary>
    public abstract Task<object?> ScalarAsync(string sql);

    /// <summary>
    /// Lets the time pass after which a dead process's claims on updates are taken back (a lease on PostgreSQL;
    /// nothing on SQLite, whose one process recovers them at its start).
    /// </summary>
    public virtual Task LetInboxLeasesExpireAsync() => Task.CompletedTask;

    /// <summary>Lets the time pass after which the polling lease of a holder that stopped renewing runs out.</summary>
    public abstract Task LetPollingLeaseExpireAsync();

    /// <summary>Lets <paramref name="elapsed"/> pass for the users' message allowances.</summary>
    public abstract Task LetRateTimePassAsync(TimeSpan elapsed);

    public async Task<long> CountAsync(string sql) =>
        Convert.ToInt64(await ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        foreach (StoreSet stores in opened)
        {
            stores.Dispose();
        }

        await DisposeDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract Task<StoreSet> CreateAsync();

    protected abstract Task DisposeDatabaseAsync();
}
