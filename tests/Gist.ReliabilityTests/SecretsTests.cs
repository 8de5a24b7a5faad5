using Gist.ReliabilityTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.ReliabilityTests;

/// <summary>The bot token and the model API key never appear in any log line or any message, failure paths included.</summary>
public sealed class SecretsTests
{
    [Fact]
    public async Task Neither_the_token_nor_the_api_key_is_logged_or_shown_when_the_model_refuses_and_telegram_fails()
    {
        var calls = 0;
        var model = new ArticleModel
        {
            Fault = _ => (Interlocked.Increment(ref calls) % 3) switch
            {
                0 => FakeChatReply.Error(401, $"Incorrect API key provided: {InProcessBot.ApiKey}.", "invalid_api_key"),
                1 => FakeChatReply.ServerError(),
                _ => FakeChatReply.Hang(),
            },
        };
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        telegram.FaultInjector = FakeFaultPlan.Random(0.3, seed: 3, [FakeFault.InternalServerError, FakeFault.BadGateway, FakeFault.TooManyRequests(1)],
            "getUpdates", "getMe", "sendChatAction");
        await using var bot = await InProcessBot.StartAsync(telegram, InProcessBot.Model(server));
        var users = Enumerable.Range(0, 4).Select(i => FakeUser.Create(600 + i)).ToList();

        foreach (var user in users)
        {
            telegram.Updates.EnqueueText(user, ModelFaultTests.Unique(Fixture.Read("seed-000.txt"), (int)user.Id));
        }

        await telegram.State.WaitForAsync(s => users.All(u => Replies.IsAnswered(s, u.Id)), TimeSpan.FromSeconds(60));

        var logs = bot.Logs.All;
        var leaking = logs.Split('\n').Select((line, i) => (line, i)).FirstOrDefault(l => l.line.Contains(InProcessBot.ApiKey, StringComparison.Ordinal));
        if (leaking.line is not null)
        {
            // Which logger wrote it, and the lines around it, so a leak names its source.
            var all = logs.Split('\n');
            Assert.Fail("API key in the logs:\n" + string.Join('\n', all.Skip(Math.Max(0, leaking.i - 30)).Take(32)));
        }

        Assert.Contains("HTTP 401", logs, StringComparison.Ordinal);
        var tokenSecret = telegram.Token[(telegram.Token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        Assert.DoesNotContain(tokenSecret, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(InProcessBot.ApiKey, logs, StringComparison.Ordinal);
        foreach (var message in users.SelectMany(u => telegram.State.Messages(u.Id)))
        {
            Assert.DoesNotContain(tokenSecret, message.RawText, StringComparison.Ordinal);
            Assert.DoesNotContain(InProcessBot.ApiKey, message.RawText, StringComparison.Ordinal);
        }
    }
}
