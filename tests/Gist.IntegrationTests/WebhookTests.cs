using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gist.Core.Storage;
using Gist.Hosting;
using Gist.IntegrationTests.Support;
using Gist.Telegram;
using Gist.Telegram.Receiving;
using Gist.Testing.BotApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace Gist.IntegrationTests;

/// <summary>
/// Webhook mode (Telegram:Mode=Webhook) through the real host: setWebhook at start, the listener's answers
/// (https://core.telegram.org/bots/api#setwebhook), the inbox guarantees of polling, and the way back to polling.
/// </summary>
public sealed class WebhookTests
{
    private const string Secret = "gist-Webhook_secret-0123456789abcdefXYZ";
    private const string HookPath = "/telegram/updates";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A free loopback port: the listener's address must be known before it starts, so port 0 won't do.</summary>
    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static Dictionary<string, string?> WebhookSettings(int port) => new()
    {
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = $"http://127.0.0.1:{port}{HookPath}",
        ["Telegram:WebhookSecret"] = Secret,
        ["Telegram:WebhookListenUrl"] = $"http://127.0.0.1:{port}",
    };

    /// <summary>The bot in Webhook mode, once Telegram (the fake) has accepted its setWebhook.</summary>
    private static async Task<(GistBot Bot, string HookUrl)> StartWebhookBotAsync(FakeBotApiServer telegram)
    {
        var port = FreePort();
        var settings = WebhookSettings(port);
        var bot = await GistBot.StartAsync(telegram, settings);
        var hookUrl = settings["Telegram:WebhookUrl"]!;
        await telegram.State.WaitForAsync(s => s.WebhookUrl == hookUrl, Timeout);
        return (bot, hookUrl);
    }

    private static string UpdateJson(EnqueuedUpdate update) =>
        new JsonObject { ["update_id"] = update.UpdateId, ["message"] = update.Json.DeepClone() }.ToJsonString();

    /// <summary>What Telegram does: POST the update as JSON, with the secret header when <paramref name="secret"/> is given.</summary>
    /// <param name="expectContinue">
    /// Sends the headers first and the body only after "100 Continue" (RFC 9110 §10.1.1): a body the server refuses
    /// unread is then never sent, where otherwise the server may close the connection while it is still being written.
    /// </param>
    private static async Task<HttpStatusCode> PostAsync(string url, string body, string? secret = Secret, bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = expectContinue;
        if (secret is not null)
        {
            request.Headers.Add(WebhookEndpoint.SecretHeader, secret);
        }

        using var response = await Http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Waits until <paramref name="finished"/> updates are done or failed in the inbox.</summary>
    private static async Task<InboxCounts> WaitForFinishedAsync(GistBot bot, int finished)
    {
        var inbox = bot.Service<IUpdateInbox>();
        var deadline = DateTimeOffset.UtcNow + Timeout;
        while (true)
        {
            var counts = await inbox.CountAsync(CancellationToken.None);
            if (counts.Done + counts.Failed >= finished || DateTimeOffset.UtcNow > deadline)
            {
                return counts;
            }

            await Task.Delay(20);
        }
    }

    private static void AssertSecretNotLogged(GistBot bot) =>
        Assert.DoesNotContain(Secret, bot.Logs.All, StringComparison.Ordinal);

    private static Task<OptionsValidationException> StartFailureWith(Dictionary<string, string?> settings)
    {
        settings["Telegram:BotToken"] = "123456:ABCDEFGHIJKLMNOP";
        settings["Llm:Provider"] = "offline";
        return StartFailure.Of(settings);
    }

    [Fact]
    public async Task Webhook_mode_without_a_url_or_a_secret_fails_at_start_naming_both_settings()
    {
        var error = await StartFailureWith(new() { ["Telegram:Mode"] = "Webhook" });

        Assert.Contains("Telegram__WebhookUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("Telegram__WebhookSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_mode_fails_at_start_naming_Telegram_Mode()
    {
        var folder = Directory.CreateTempSubdirectory("gist-webhook-config-").FullName;
        var builder = GistHost.CreateBuilder(logToStandardError: true, new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = "123456:ABCDEFGHIJKLMNOP",
            ["Telegram:Mode"] = "Webhooks",
            ["Storage:Path"] = Path.Combine(folder, "gist.db"),
            ["Llm:Provider"] = "offline",
        });
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        using var host = builder.Build();

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("Telegram:Mode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mode_number_outside_the_modes_fails_at_start_naming_Telegram_Mode()
    {
        var error = await StartFailureWith(new() { ["Telegram:Mode"] = "7" });

        Assert.Contains("Telegram__Mode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secret_outside_the_bot_api_alphabet_fails_at_start_without_being_quoted()
    {
        const string bad = "not allowed: spaces & colons";
        var error = await StartFailureWith(new()
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.com/telegram",
            ["Telegram:WebhookSecret"] = bad,
        });

        Assert.Contains("Telegram__WebhookSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bad, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Telegram__WebhookUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_http_public_url_with_telegrams_own_api_fails_at_start_naming_WebhookUrl()
    {
        var error = await StartFailureWith(new()
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:ApiBaseUrl"] = "https://api.telegram.org",
            ["Telegram:WebhookUrl"] = "http://bot.example.com/telegram",
            ["Telegram:WebhookSecret"] = Secret,
        });

        Assert.Contains("Telegram__WebhookUrl must be https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_public_url_fails_at_start_naming_WebhookUrl()
    {
        var error = await StartFailureWith(new()
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "/telegram",
            ["Telegram:WebhookSecret"] = Secret,
        });

        Assert.Contains("Telegram__WebhookUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_start_the_bot_sets_its_webhook_with_the_url_the_secret_and_the_polling_update_types_and_never_polls()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        var (bot, hookUrl) = await StartWebhookBotAsync(telegram);
        await using var _ = bot;

        var call = Assert.Single(telegram.State.RequestsFor("setWebhook")).Body;
        Assert.Equal(hookUrl, call.GetProperty("url").GetString());
        Assert.Equal(Secret, call.GetProperty("secret_token").GetString());
        Assert.Equal(["message", "callback_query"], call.GetProperty("allowed_updates").EnumerateArray().Select(e => e.GetString()));
        Assert.False(call.TryGetProperty("drop_pending_updates", out var drop) && drop.GetBoolean());
        Assert.Equal(Secret, telegram.State.WebhookSecretToken);
        Assert.Equal(0, telegram.State.CallCount("getUpdates"));
        Assert.Contains(hookUrl, bot.Logs.All, StringComparison.Ordinal);
        AssertSecretNotLogged(bot);
    }

    [Fact]
    public async Task An_update_posted_with_the_secret_is_answered_in_the_chat()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        var (bot, hookUrl) = await StartWebhookBotAsync(telegram);
        await using var _ = bot;
        var alice = FakeUser.Create(901, "Alice");

        var status = await PostAsync(hookUrl, UpdateJson(telegram.Updates.EnqueueText(alice, "/help")));

        Assert.Equal(HttpStatusCode.OK, status);
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count > 0, Timeout);
        AssertSecretNotLogged(bot);
    }

    [Fact]
    public async Task A_call_with_a_wrong_or_missing_secret_gets_401_and_is_neither_stored_nor_answered()
    {
        const string wrong = "gist-Webhook_secret-0123456789abcdefXYz";
        await using var telegram = await FakeBotApiServer.StartAsync();
        var (bot, hookUrl) = await StartWebhookBotAsync(telegram);
        await using var _ = bot;
        var mallory = FakeUser.Create(902, "Mallory");
        var alice = FakeUser.Create(903, "Alice");

        var wrongStatus = await PostAsync(hookUrl, UpdateJson(telegram.Updates.EnqueueText(mallory, "/help")), wrong);
        var missingStatus = await PostAsync(hookUrl, UpdateJson(telegram.Updates.EnqueueText(mallory, "/start")), secret: null);
        // A genuine call afterwards: once it is answered, the refused ones would have been too.
        Assert.Equal(HttpStatusCode.OK, await PostAsync(hookUrl, UpdateJson(telegram.Updates.EnqueueText(alice, "/help"))));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count > 0, Timeout);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongStatus);
        Assert.Equal(HttpStatusCode.Unauthorized, missingStatus);
        Assert.Empty(telegram.State.Messages(mallory.Id));
        var counts = await bot.Service<IUpdateInbox>().CountAsync(CancellationToken.None);
        Assert.Equal(1, counts.Pending + counts.InProgress + counts.Done + counts.Failed);
        // Refusals are logged at most once a minute (a flood of forged calls must not flood the log): the second is held back.
        Assert.Equal(1, bot.Logs.Lines.Count(l => l.Contains("refused: missing or wrong", StringComparison.Ordinal)));
        Assert.DoesNotContain(wrong, bot.Logs.All, StringComparison.Ordinal);
        AssertSecretNotLogged(bot);
    }

    [Fact]
    public async Task The_same_update_posted_twice_is_stored_once_and_answered_once()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        var (bot, hookUrl) = await StartWebhookBotAsync(telegram);
        await using var _ = bot;
        var alice = FakeUser.Create(904, "Alice");
        var first = UpdateJson(telegram.Updates.EnqueueText(alice, "/help"));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(hookUrl, first));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count > 0, Timeout);
        var repliesToOne = telegram.State.Messages(alice.Id).Count;
        // Telegram redelivers when it missed our 200; then a new update, answered after any redelivery (per-chat order).
        Assert.Equal(HttpStatusCode.OK, await PostAsync(hookUrl, first));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(hookUrl, UpdateJson(telegram.Updates.EnqueueText(alice, "/help"))));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count >= 2 * repliesToOne, Timeout);
        var counts = await WaitForFinishedAsync(bot, 2);

        Assert.Equal(2 * repliesToOne, telegram.State.Messages(alice.Id).Count);
        Assert.Equal(0, counts.Pending + counts.InProgress);
    }

    [Fact]
    public async Task Bodies_that_are_not_updates_get_400_an_oversized_one_413_and_other_methods_or_paths_are_refused()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        var (bot, hookUrl) = await StartWebhookBotAsync(telegram);
        await using var _ = bot;
        var other = new Uri(new Uri(hookUrl), "/elsewhere").ToString();

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(hookUrl, "{\"update_id\": 5, \"message\": "));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(hookUrl, "not json at all"));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(hookUrl, "{}"));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(hookUrl, "[1, 2, 3]"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge,
            await PostAsync(hookUrl, "{\"update_id\": 7, \"padding\": \"" + new string('x', (int)WebhookEndpoint.MaxBodyBytes) + "\"}", expectContinue: true));
        using (var get = await Http.GetAsync(hookUrl))
        {
            Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(other, "{}"));

        var counts = await bot.Service<IUpdateInbox>().CountAsync(CancellationToken.None);
        Assert.Equal(0, counts.Pending + counts.InProgress + counts.Done + counts.Failed);
        Assert.True(bot.Logs.Lines.Count(l => l.Contains("is not a Telegram update", StringComparison.Ordinal)) >= 4, bot.Logs.All);
        AssertSecretNotLogged(bot);
    }

    [Fact]
    public async Task An_update_the_inbox_cannot_store_is_answered_500_so_telegram_delivers_it_again()
    {
        var inbox = new Mock<IUpdateInbox>();
        inbox.Setup(i => i.AddAsync(It.IsAny<IReadOnlyList<InboxUpdate>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("disk full"));
        var options = Options.Create(new TelegramOptions { Mode = ReceivingMode.Webhook, WebhookSecret = Secret });
        var endpoint = new WebhookEndpoint(new InboxWriter(inbox.Object, new InboxSignal()), options, NullLogger<WebhookEndpoint>.Instance);
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.Headers[WebhookEndpoint.SecretHeader] = Secret;
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(
            "{\"update_id\":5,\"message\":{\"message_id\":1,\"date\":0,\"chat\":{\"id\":7,\"type\":\"private\"},\"text\":\"hi\"}}"));

        var result = await endpoint.HandleAsync(http);

        Assert.Equal(StatusCodes.Status500InternalServerError, Assert.IsAssignableFrom<IStatusCodeHttpResult>(result).StatusCode);
        inbox.Verify(i => i.AddAsync(It.Is<IReadOnlyList<InboxUpdate>>(u => u.Single().UpdateId == 5), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Polling_mode_deletes_a_webhook_left_set_keeping_its_pending_updates_and_answers_them_by_polling()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        // Left by a webhook deployment of the same token; an update waits for it.
        using (var set = await Http.PostAsync($"{telegram.BaseUrl}/bot{telegram.Token}/setWebhook",
            new StringContent("{\"url\":\"https://bot.example.com/telegram\",\"secret_token\":\"other\"}", Encoding.UTF8, "application/json")))
        {
            set.EnsureSuccessStatusCode();
        }

        var alice = FakeUser.Create(905, "Alice");
        telegram.Updates.EnqueueText(alice, "/help");
        await using var bot = await GistBot.StartAsync(telegram);

        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count > 0, Timeout);

        Assert.Null(telegram.State.WebhookUrl);
        var delete = Assert.Single(telegram.State.RequestsFor("deleteWebhook")).Body;
        Assert.False(delete.TryGetProperty("drop_pending_updates", out var drop) && drop.GetBoolean());
        Assert.DoesNotContain(telegram.State.RequestsFor("getUpdates"), r => r.StatusCode == 409);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("A webhook is set (https://bot.example.com/telegram", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Polling_mode_without_a_webhook_does_not_delete_one()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        var alice = FakeUser.Create(906, "Alice");
        telegram.Updates.EnqueueText(alice, "/help");
        await using var bot = await GistBot.StartAsync(telegram);

        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count > 0, Timeout);

        Assert.Equal(1, telegram.State.CallCount("getWebhookInfo"));
        Assert.Equal(0, telegram.State.CallCount("deleteWebhook"));
    }
}
