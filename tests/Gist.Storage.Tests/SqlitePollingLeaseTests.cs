using Gist.Storage.Tests.Contract;

namespace Gist.Storage.Tests;

/// <summary>On one machine, a process restarted after a crash takes the polling lease at once from its dead predecessor.</summary>
public sealed class SqlitePollingLeaseTests : IAsyncLifetime
{
    private readonly SqliteStoreProvider provider = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await provider.DisposeAsync();

    [Fact]
    public async Task The_lease_of_a_process_that_no_longer_runs_is_taken_at_once()
    {
        StoreSet stores = await provider.OpenAsync();
        Assert.True(await stores.PollingLease.TryHoldAsync(CancellationToken.None));
        // A predecessor killed mid-lease: same machine, a process id that no process has (above Linux's pid_max).
        RawSqlite.Scalar(provider.FilePath,
            $"UPDATE polling_lease SET holder = '{Environment.MachineName}/2147483646/dead', lease_until = '2999-01-01T00:00:00.000Z';");

        StoreSet restarted = await provider.OpenAsync();

        Assert.True(await restarted.PollingLease.TryHoldAsync(CancellationToken.None));
        Assert.False(await stores.PollingLease.TryHoldAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_lease_of_a_live_process_is_left_to_it()
    {
        StoreSet stores = await provider.OpenAsync();
        Assert.True(await stores.PollingLease.TryHoldAsync(CancellationToken.None));

        StoreSet other = await provider.OpenAsync();

        Assert.False(await other.PollingLease.TryHoldAsync(CancellationToken.None));
        Assert.Equal(1, RawSqlite.Count(provider.FilePath, $"SELECT COUNT(*) FROM polling_lease WHERE holder LIKE '%/{Environment.ProcessId}/%'"));
    }
}
