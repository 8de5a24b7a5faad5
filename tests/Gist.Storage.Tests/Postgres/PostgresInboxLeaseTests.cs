using Gist.Core.Storage;
using Gist.Storage.Postgres;
using Gist.Storage.Tests.Contract;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Gist.Storage.Tests.Postgres;

/// <summary>
/// Two instances on one database: an update is processed by one of them; the claim of an instance that dies runs
/// out and the other takes the update over, keeping its place in the chat; a live instance keeps its claims.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresInboxLeaseTests(PostgresCluster cluster) : IUsesPostgres, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);
    private readonly List<PostgresDatabase> databases = [];
    private string connectionString = "";

    public async Task InitializeAsync() => connectionString = await cluster.CreateDatabaseAsync();

    public Task DisposeAsync()
    {
        foreach (PostgresDatabase database in databases)
        {
            database.Dispose();
        }

        return Task.CompletedTask;
    }

    private PostgresUpdateInbox Instance()
    {
        IOptions<StorageOptions> options = Options.Create(new StorageOptions
        {
            Provider = StorageOptions.Postgres, ConnectionString = connectionString, LeaseSeconds = (int)Lease.TotalSeconds,
        });
        var database = new PostgresDatabase(options, NullLogger<PostgresDatabase>.Instance);
        databases.Add(database);
        return new PostgresUpdateInbox(database, new FakeTimeProvider(DateTimeOffset.UtcNow), options, NullLogger<PostgresUpdateInbox>.Instance);
    }

    [StoreFact]
    public async Task The_update_of_an_instance_that_dies_goes_to_another_after_its_lease_in_chat_order()
    {
        PostgresUpdateInbox dying = Instance();
        PostgresUpdateInbox survivor = Instance();
        await dying.AddAsync([new InboxUpdate(1, 10, "{}"), new InboxUpdate(2, 10, "{}"), new InboxUpdate(3, 20, "{}")], None);
        Assert.Equal([1L, 3L], (await dying.ClaimNextAsync(5, None)).Select(i => i.UpdateId));
        await dying.SetPlaceholderAsync(1, 77, None);
        await dying.CompleteAsync(3, None);

        // The dying instance stops renewing here. Until its lease runs out, chat 10 waits: its update 1 is in flight.
        Assert.Empty(await survivor.ClaimNextAsync(5, None));
        await Task.Delay(Lease + TimeSpan.FromMilliseconds(300));

        InboxItem takenOver = Assert.Single(await survivor.ClaimNextAsync(5, None));
        Assert.Equal((1L, 77, 1), (takenOver.UpdateId, takenOver.PlaceholderMessageId, takenOver.Attempts));
        await survivor.CompleteAsync(1, None);
        Assert.Equal(2, Assert.Single(await survivor.ClaimNextAsync(5, None)).UpdateId);
    }

    [StoreFact]
    public async Task A_live_instance_that_renews_keeps_its_claims_and_a_starting_one_leaves_them_alone()
    {
        PostgresUpdateInbox live = Instance();
        await live.AddAsync([new InboxUpdate(1, 10, "{}"), new InboxUpdate(2, 10, "{}")], None);
        Assert.Equal(1, Assert.Single(await live.ClaimNextAsync(5, None)).UpdateId);

        PostgresUpdateInbox starting = Instance();
        Assert.Equal(0, await starting.RecoverInProgressAsync(None));
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(1, await live.RenewLeasesAsync(None));
            await Task.Delay(Lease / 4);
            Assert.Empty(await starting.ClaimNextAsync(5, None));
        }

        Assert.Equal(new InboxCounts(1, 1, 0, 0), await starting.CountAsync(None));
    }
}
