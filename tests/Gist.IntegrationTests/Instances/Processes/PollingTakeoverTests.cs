using System.Diagnostics;
using System.Globalization;
using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;
using Gist.Testing.Postgres;
using Gist.Testing.Processes;
using Npgsql;
using Xunit.Abstractions;

namespace Gist.IntegrationTests.Instances.Processes;

/// <summary>
/// Two real <c>gist bot</c> processes in polling mode on one PostgreSQL database with the default lease
/// (Storage__LeaseSeconds 30): one polls. It is SIGKILLed, so it never gives the lease back, while updates wait at the
/// Bot API; the other takes the lease when it runs out and answers them all, once each, in order.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PollingTakeoverTests(PostgresCluster cluster, ITestOutputHelper output)
{
    /// <summary>What issue 14 asks of the default lease: a dead poller replaced within 30 s.</summary>
    private static readonly TimeSpan TakeoverLimit = TimeSpan.FromSeconds(30);

    [RequiresPostgresFact]
    public async Task When_the_poller_is_killed_the_other_process_takes_over_within_30_seconds_and_answers_every_waiting_update_once_in_order()
    {
        var database = await cluster.CreateDatabaseAsync();
        var model = new ScriptedModel();
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true });
        var shared = GistEnvironment.For(telegram, server).Postgres(database);
        await using var instances = await GistInstances.StartAsync(2, shared, TimeSpan.FromSeconds(60));
        var article = Fixture.Read("seed-002.txt");
        var users = Enumerable.Range(0, 5).Select(i => FakeUser.Create(820_000 + i, "Reader" + i)).ToArray();
        var before = users.Select(u => telegram.Updates.EnqueueText(u, UniqueArticle.From(article, $"{u.Id}-0"))).ToList();
        await telegram.State.WaitForAsync(s => before.All(u => ProcessReplies.AnsweredOnce(s, u)), TimeSpan.FromSeconds(60));

        var poller = await PollerAsync(instances, database);
        var survivor = instances.All.Single(p => p != poller);
        poller.Kill();
        var clock = Stopwatch.StartNew();
        var waiting = new List<EnqueuedUpdate>();
        for (var round = 1; round <= 2; round++)
        {
            waiting.AddRange(users.Select(u => telegram.Updates.EnqueueText(u, UniqueArticle.From(article, $"{u.Id}-{round}"))));
        }

        await telegram.State.WaitForAsync(s => s.PendingUpdates == 0, TakeoverLimit + TimeSpan.FromSeconds(15));
        var takeover = clock.Elapsed;
        await telegram.State.WaitForAsync(s => waiting.All(u => ProcessReplies.AnsweredOnce(s, u)), TimeSpan.FromSeconds(60));
        var answered = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2)); // a repeat would show up here
        output.WriteLine($"{waiting.Count} updates waiting; taken over by {survivor.Name} {takeover.TotalSeconds:F1} s after the kill, " +
            $"all answered {answered.TotalSeconds:F1} s after it; model calls {server.RequestCount}");

        Assert.True(takeover < TakeoverLimit, $"takeover took {takeover.TotalSeconds:F1} s");
        Assert.Equal(survivor, await PollerAsync(instances, database));
        Assert.All(before.Concat(waiting), u => Assert.True(ProcessReplies.AnsweredOnce(telegram.State, u), $"update {u.UpdateId} not answered exactly once"));
        Assert.All(users, u => Assert.Equal(
            before.Concat(waiting).Where(x => x.ChatId == u.Id).Select(x => x.MessageId!.Value), ProcessReplies.AnswerOrder(telegram.State, u.Id)));
        Assert.DoesNotContain(users.SelectMany(u => telegram.State.Messages(u.Id)), ProcessReplies.IsPlaceholder);
        Assert.Empty(ProcessReplies.Refused(telegram.State, 429));
        Assert.Empty(ProcessReplies.Refused(telegram.State, 400));
    }

    /// <summary>The process holding the polling lease: its holder name carries the process id (machine/pid/guid).</summary>
    private static async Task<GistProcess> PollerAsync(GistInstances instances, string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT holder FROM polling_lease WHERE id = 1;", connection);
        var holder = (string?)await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("Nobody holds the polling lease.");
        var pid = int.Parse(holder.Split('/')[1], CultureInfo.InvariantCulture);
        return instances.All.Single(p => p.Id == pid);
    }
}
