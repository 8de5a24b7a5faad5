using Gist.Core.Storage;
using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.Postgres;
using Microsoft.Extensions.Hosting;

namespace Gist.IntegrationTests.Instances;

/// <summary>
/// Two instances of the bot (the real host, in-process) on one PostgreSQL database and one bot token, in polling
/// mode: one polls, both process; when the poller stops, the other takes over from the last confirmed offset and
/// every update is answered exactly once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoInstancesPollingTests(PostgresCluster cluster)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [RequiresPostgresFact]
    public async Task When_the_poller_stops_the_other_instance_takes_over_and_every_update_is_answered_once()
    {
        string database = await cluster.CreateDatabaseAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = database,
            ["Storage:LeaseSeconds"] = "3",
        };
        await using var telegram = await FakeBotApiServer.StartAsync();
        GistBot[] instances = await Task.WhenAll(GistBot.StartAsync(telegram, settings), GistBot.StartAsync(telegram, settings));
        await using GistBot first = instances[0];
        await using GistBot second = instances[1];
        FakeUser[] users = [.. Enumerable.Range(0, 5).Select(i => FakeUser.Create(201 + i, "User" + i))];

        foreach (FakeUser user in users)
        {
            telegram.Updates.EnqueueText(user, "hello there");
            telegram.Updates.EnqueueText(user, "/frobnicate");
        }

        await telegram.State.WaitForAsync(s => users.All(u => s.Messages(u.Id).Count >= 2), Timeout);

        // The poller holds the lease: renewing it succeeds for it alone.
        bool firstPolls = await first.Service<IPollingLease>().TryHoldAsync(CancellationToken.None);
        Assert.NotEqual(firstPolls, await second.Service<IPollingLease>().TryHoldAsync(CancellationToken.None));
        GistBot poller = firstPolls ? first : second;
        GistBot survivor = firstPolls ? second : first;
        await poller.Host.StopAsync(TimeSpan.FromSeconds(10));

        foreach (FakeUser user in users)
        {
            telegram.Updates.EnqueueText(user, "hello again");
            telegram.Updates.EnqueueText(user, "/frobnicate");
        }

        await telegram.State.WaitForAsync(s => users.All(u => s.Messages(u.Id).Count >= 4) && s.PendingUpdates == 0, Timeout);
        await Task.Delay(TimeSpan.FromSeconds(1)); // a repeat would show up here

        Assert.All(users, user => Assert.Equal(4, telegram.State.Messages(user.Id).Count));
        Assert.True(await survivor.Service<IPollingLease>().TryHoldAsync(CancellationToken.None));
        Assert.Equal(new InboxCounts(0, 0, 20, 0), await survivor.Service<IUpdateInbox>().CountAsync(CancellationToken.None));
    }
}
