using System.Diagnostics;
using Gist.Core.Storage;
using Gist.IntegrationTests.Support;
using Gist.Rendering;
using Gist.Telegram.Processing;
using Gist.Testing.BotApi;
using Gist.Testing.Postgres;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace Gist.IntegrationTests.Instances;

/// <summary>
/// The database restarts (a crash, a failover) while updates arrive: two instances in webhook mode on one PostgreSQL
/// server, which is stopped for 20 s and started again. The instances keep running, refuse the webhook while the
/// inbox cannot be written (so Telegram, here the poster, delivers again), resume by themselves, and every update is
/// answered exactly once, in order per chat.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DatabaseRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [RequiresPostgresFact]
    public async Task When_PostgreSQL_is_down_for_20_seconds_every_update_is_answered_exactly_once_afterwards()
    {
        // A server of its own: stopping the shared one would fail the other tests' databases.
        var cluster = new PostgresCluster();
        await cluster.InitializeAsync();
        try
        {
            await RunAsync(cluster);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    private async Task RunAsync(PostgresCluster cluster)
    {
        string database = await cluster.CreateDatabaseAsync();
        await using var telegram = await FakeBotApiServer.StartAsync();
        WebhookInstance[] instances = await Task.WhenAll(
            WebhookInstance.StartAsync(telegram, database), WebhookInstance.StartAsync(telegram, database));
        await using var first = instances[0].Bot;
        await using var second = instances[1].Bot;
        FakeUser[] users = [.. Enumerable.Range(0, 12).Select(i => FakeUser.Create(7100 + i, "Reader" + i))];
        string[] texts = [.. Enumerable.Range(0, 5).Select(i => Fixture.Read($"seed-00{i}.txt")), "/help", "hello"];

        // Telegram's side: each chat's updates in order, a refused one delivered again until accepted.
        var poster = new RetryingWebhookPoster([.. instances.Select(i => i.HookUrl)], WebhookInstance.Secret);
        var clock = Stopwatch.StartNew();
        Task posting = Task.WhenAll(users.Select((user, u) => poster.PostInOrderAsync(
            Enumerable.Range(0, 8).Select(n => telegram.Updates.EnqueueText(user, texts[(u + n) % texts.Length])),
            pause: TimeSpan.FromSeconds(1.5))));

        await Task.Delay(TimeSpan.FromSeconds(3));
        await cluster.StopAsync();
        TimeSpan stoppedAt = clock.Elapsed;
        await Task.Delay(Outage);
        await cluster.StartAsync();
        TimeSpan startedAt = clock.Elapsed;
        await posting;
        TimeSpan postedAt = clock.Elapsed;

        int expected = users.Length * 8;
        await telegram.State.WaitForAsync(s => users.Sum(u => s.Messages(u.Id).Count) >= expected, Timeout);

        await WaitForInboxAsync(first, expected);
        await Task.Delay(TimeSpan.FromSeconds(2)); // a repeat would show up here
        output.WriteLine($"database down {stoppedAt.TotalSeconds:F1}–{startedAt.TotalSeconds:F1} s; all posted by {postedAt.TotalSeconds:F1} s; "
            + $"all answered by {clock.Elapsed.TotalSeconds - 2:F1} s; refused posts {poster.Refusals}, posts {poster.Posts}");

        Assert.True(poster.Refusals > 0, "the outage should have refused some webhook calls");
        foreach (FakeUser user in users)
        {
            IReadOnlyList<FakeBotMessage> answers = telegram.State.Messages(user.Id);
            Assert.Equal(8, answers.Count);
            // Every answer replies to the user's message, and a chat's answers come in the order of its messages.
            IReadOnlyList<int?> repliedTo = [.. answers.OrderBy(m => m.MessageId).Select(m => m.ReplyToMessageId)];
            Assert.Equal(poster.Accepted(user.Id), repliedTo);
        }

        // No placeholder left unedited, no apology: the outage is the bot's problem, not the reader's.
        string[] unfinished = [StatusMessages.Summarizing, StatusMessages.ReadingArticle, StatusMessages.SomethingWentWrong, UpdateDispatcher.GiveUpText];
        Assert.Empty(users.SelectMany(u => telegram.State.Messages(u.Id)).Where(m => unfinished.Contains(m.Text)).Select(m => $"{m.ChatId}/{m.MessageId}: {m.Text}"));
        Assert.False(first.Service<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.False(second.Service<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.Equal(new InboxCounts(0, 0, expected, 0), await first.Service<IUpdateInbox>().CountAsync(CancellationToken.None));
    }

    private static async Task WaitForInboxAsync(GistBot bot, int done)
    {
        var inbox = bot.Service<IUpdateInbox>();
        var deadline = DateTimeOffset.UtcNow + Timeout;
        while ((await inbox.CountAsync(CancellationToken.None)).Done < done && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }
}
