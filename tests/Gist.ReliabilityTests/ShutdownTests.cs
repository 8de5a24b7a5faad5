using System.Diagnostics;
using Gist.ReliabilityTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;
using Gist.Testing.Processes;
using Microsoft.Data.Sqlite;

namespace Gist.ReliabilityTests;

/// <summary>SIGTERM to the real executable: in-flight work drains within Host:ShutdownTimeoutSeconds; what cannot finish is resumed after the restart.</summary>
public sealed class ShutdownTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gist-term-").FullName;

    [Fact]
    public async Task Sigterm_lets_the_update_in_progress_finish_within_the_grace_period()
    {
        await using var server = await FakeOpenAiServer.StartAsync(Slow(TimeSpan.FromSeconds(2)));
        await using var telegram = await FakeBotApiServer.StartAsync();
        var alice = FakeUser.Create(1001);
        using var bot = GistProcess.Start(folder, Environment(telegram, server, graceSeconds: 20));

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await server.WaitForAsync(s => s.InFlight > 0, TimeSpan.FromSeconds(30));
        var stopping = Stopwatch.StartNew();
        bot.Stop();
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(25));

        Assert.True(Replies.IsAnswered(telegram.State, alice.Id), bot.Output);
        Assert.Equal(0, bot.ExitCode);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Work_cut_off_by_the_grace_period_is_finished_after_the_restart_by_editing_the_same_placeholder()
    {
        var slow = true;
        await using var server = await FakeOpenAiServer.StartAsync(async (request, token) =>
        {
            await Task.Delay(Volatile.Read(ref slow) ? TimeSpan.FromSeconds(30) : TimeSpan.Zero, token);
            return await new ArticleModel().RespondAsync(request, token);
        });
        await using var telegram = await FakeBotApiServer.StartAsync();
        var alice = FakeUser.Create(1002);

        using (var first = GistProcess.Start(folder, Environment(telegram, server, graceSeconds: 1)))
        {
            telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
            await server.WaitForAsync(s => s.InFlight > 0, TimeSpan.FromSeconds(30));
            var stopping = Stopwatch.StartNew();
            first.Stop();
            await first.WaitForExitAsync(TimeSpan.FromSeconds(15));
            Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), "the grace period was not honoured");
        }

        Assert.False(Replies.IsAnswered(telegram.State, alice.Id));
        var placeholder = Assert.Single(telegram.State.Messages(alice.Id));
        Volatile.Write(ref slow, false);

        using var second = GistProcess.Start(folder, Environment(telegram, server, graceSeconds: 5));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id), TimeSpan.FromSeconds(30));
        Assert.Equal(placeholder.MessageId, telegram.State.Messages(alice.Id)[0].MessageId);
        Assert.Equal(1, Replies.SummaryCount(telegram.State, alice.Id));
        second.Stop();
        await second.WaitForExitAsync(TimeSpan.FromSeconds(15));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static Func<FakeChatRequest, CancellationToken, Task<FakeChatReply>> Slow(TimeSpan latency) => async (request, token) =>
    {
        await Task.Delay(latency, token);
        return await new ArticleModel().RespondAsync(request, token);
    };

    private IReadOnlyDictionary<string, string> Environment(FakeBotApiServer telegram, FakeOpenAiServer model, int graceSeconds) =>
        GistEnvironment.For(telegram, model, InProcessBot.ApiKey).Sqlite(folder).ShutdownSeconds(graceSeconds)
            .Set("Llm__Resilience__MaxRetries", "0")
            .Set("Llm__Resilience__RerunFallbacks", "false")
            .Variables;
}
