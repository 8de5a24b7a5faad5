using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Gist.ReliabilityTests.Support;
using Gist.Telegram.Receiving;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.ReliabilityTests;

/// <summary>The bot token, the model API key and the webhook secret never appear in any log line or any message, failure paths included.</summary>
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

    [Fact]
    public async Task The_webhook_secret_is_never_logged_or_shown_when_setWebhook_fails_and_calls_are_refused()
    {
        const string secret = "reliability-Webhook_secret-9876543210";
        await using var telegram = await FakeBotApiServer.StartAsync();
        telegram.FaultInjector = FakeFaultPlan.Next("setWebhook", 2, FakeFault.InternalServerError);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var hookUrl = $"http://127.0.0.1:{port}/telegram/hook";
        await using var bot = await InProcessBot.StartAsync(telegram, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = hookUrl,
            ["Telegram:WebhookSecret"] = secret,
            ["Telegram:WebhookListenUrl"] = $"http://127.0.0.1:{port}",
            ["Access:AdminUserIds:0"] = "777",
        });
        // setWebhook is retried after the two failures.
        await telegram.State.WaitForAsync(s => s.WebhookUrl == hookUrl, TimeSpan.FromSeconds(30));
        var admin = FakeUser.Create(777, "Admin");
        using var http = new HttpClient();

        async Task<HttpStatusCode> Post(string body, string? header)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, hookUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (header is not null)
            {
                request.Headers.TryAddWithoutValidation(WebhookEndpoint.SecretHeader, header);
            }

            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }

        string Update(EnqueuedUpdate update) =>
            new JsonObject { ["update_id"] = update.UpdateId, ["message"] = update.Json.DeepClone() }.ToJsonString();

        // Near misses that contain the secret, a truncated one, an empty one, none at all.
        foreach (var wrong in new[] { secret + "x", "x" + secret, secret[..^1], "", null })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await Post(Update(telegram.Updates.EnqueueText(admin, "/help")), wrong));
        }

        Assert.Equal(HttpStatusCode.BadRequest, await Post("{\"update_id\": 1, \"message\": ", secret));
        Assert.Equal(HttpStatusCode.OK, await Post(Update(telegram.Updates.EnqueueText(admin, "/stats")), secret));
        await telegram.State.WaitForAsync(s => s.Messages(admin.Id).Count > 0, TimeSpan.FromSeconds(30));

        var logs = bot.Logs.All;
        Assert.Contains("setWebhook for " + hookUrl + " failed", logs, StringComparison.Ordinal);
        // Refused calls are logged at most once a minute (a flood must not flood the log): five refusals, one warning.
        Assert.Equal(1, bot.Logs.Lines.Count(l => l.Contains("refused: missing or wrong", StringComparison.Ordinal)));
        Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[..^1], logs, StringComparison.Ordinal);
        Assert.All(telegram.State.Messages(admin.Id), m => Assert.DoesNotContain(secret, m.RawText, StringComparison.Ordinal));
    }
}
