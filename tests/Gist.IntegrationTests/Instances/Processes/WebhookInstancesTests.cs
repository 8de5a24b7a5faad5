using System.Diagnostics;
using System.Globalization;
using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;
using Gist.Testing.Postgres;
using Gist.Testing.Processes;
using Xunit.Abstractions;

namespace Gist.IntegrationTests.Instances.Processes;

/// <summary>
/// Three real <c>gist bot</c> processes in webhook mode on one PostgreSQL database, behind a round-robin balancer as
/// in deploy/compose.yaml, sharing one fake Bot API (its flood limits on) and one fake model. One process is
/// SIGKILLed halfway; the balancer stops routing to it, and the others finish what it had claimed.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WebhookInstancesTests(PostgresCluster cluster, ITestOutputHelper output)
{
    private const int Chats = 60;
    private const int Rounds = 5;
    private const int KillAfter = 150;
    private const string Secret = "gist-instances-secret_0123456789";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [RequiresPostgresFact]
    public async Task Three_processes_answer_every_update_once_in_chat_order_when_one_is_killed_halfway()
    {
        var database = await cluster.CreateDatabaseAsync();
        var model = new ScriptedModel();
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        server.Latency = TimeSpan.FromMilliseconds(200); // leaves the killed process work in flight
        await using var telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true });
        // The outbound throttle counts per process: three instances share Telegram's 30 messages a second by taking 10 each.
        var shared = GistEnvironment.For(telegram, server).Postgres(database, leaseSeconds: 6)
            .Set("Throttle__MessagesPerSecond", "10")
            .Set("Access__BurstMessages", "1000").Set("Access__MessagesPerMinute", "10000");
        await using var instances = await GistInstances.StartAsync(3, shared, TimeSpan.FromSeconds(60), (environment, _) => environment.Webhook(Secret));
        using var poster = new WebhookPoster(Secret);
        var balancer = new WebhookBalancer(instances.All, poster);
        var article = Fixture.Read("seed-002.txt");
        var users = Enumerable.Range(0, Chats).Select(i => FakeUser.Create(810_000 + i, "Reader" + i)).ToArray();
        var random = new Random(14);
        var updates = new List<EnqueuedUpdate>();
        GistProcess? killed = null;

        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var user in users.OrderBy(_ => random.Next()))
            {
                var update = telegram.Updates.EnqueueText(user, UniqueArticle.From(article, updates.Count.ToString(CultureInfo.InvariantCulture)));
                updates.Add(update);
                await balancer.PostAsync(WebhookPoster.Json(update));
                if (updates.Count == KillAfter)
                {
                    killed = instances.All[1];
                    killed.Kill();
                }
            }
        }

        var posted = clock.Elapsed;
        try
        {
            await telegram.State.WaitForAsync(s => updates.All(u => ProcessReplies.AnsweredOnce(s, u)), Timeout);
        }
        catch (TimeoutException)
        {
            output.WriteLine($"answered {updates.Count(u => ProcessReplies.AnsweredOnce(telegram.State, u))} of {updates.Count}\n{instances.LogTails()}");
            throw;
        }

        var answered = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2)); // a repeat would show up here
        output.WriteLine($"{updates.Count} updates from {Chats} chats posted in {posted.TotalSeconds:F1} s ({balancer.Reposts} re-posted after the kill), " +
            $"all answered by {answered.TotalSeconds:F1} s; model calls {server.RequestCount}; Bot API calls {telegram.State.RequestCount}, " +
            $"refused with 429: {ProcessReplies.Refused(telegram.State, 429).Count}, with 400: {ProcessReplies.Refused(telegram.State, 400).Count}");

        Assert.Equal([killed!], balancer.Dead);
        Assert.True(balancer.Reposts >= 1, "the killed instance was never posted to again");
        Assert.All(updates, u => Assert.True(ProcessReplies.AnsweredOnce(telegram.State, u), $"update {u.UpdateId} not answered exactly once"));
        Assert.All(users, u => Assert.Equal(
            updates.Where(x => x.ChatId == u.Id).Select(x => x.MessageId!.Value), ProcessReplies.AnswerOrder(telegram.State, u.Id)));
        Assert.DoesNotContain(users.SelectMany(u => telegram.State.Messages(u.Id)), ProcessReplies.IsPlaceholder);
        Assert.Empty(ProcessReplies.Refused(telegram.State, 429));
        Assert.Empty(ProcessReplies.Refused(telegram.State, 400));
    }
}
