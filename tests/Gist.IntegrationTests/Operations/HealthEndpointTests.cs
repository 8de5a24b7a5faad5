using System.Net;
using System.Text.Json.Nodes;
using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;
using Microsoft.Extensions.Hosting;

namespace Gist.IntegrationTests.Operations;

/// <summary>/healthz and /readyz on the bot's HTTP listener, through the real host, in both receiving modes.</summary>
public sealed class HealthEndpointTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task In_polling_mode_with_a_listen_address_the_bot_is_alive_and_ready_and_names_its_instance()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        var port = ListenerPorts.Free();
        await using var bot = await GistBot.StartAsync(telegram, new Dictionary<string, string?>
        {
            ["Telegram:WebhookListenUrl"] = $"http://127.0.0.1:{port}",
            ["Operations:InstanceId"] = "gist-test-1",
        });

        using var live = await Http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
        using var ready = await Http.GetAsync(new Uri($"http://127.0.0.1:{port}/readyz"));
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", (string?)report["status"]);
        Assert.Equal("gist-test-1", (string?)report["instance"]);
        Assert.Equal("ok", (string?)report["checks"]!["storage"]);
        Assert.Equal("ok", (string?)report["checks"]!["receiving"]);
        Assert.Equal("ok", (string?)report["checks"]!["processing"]);
        Assert.Equal(0, (int?)report["pendingUpdates"]);
    }

    [Fact]
    public async Task In_webhook_mode_health_sits_next_to_the_webhook_path_and_readiness_drops_when_stopping()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        var port = ListenerPorts.Free();
        await using var bot = await GistBot.StartAsync(telegram, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = $"http://127.0.0.1:{port}/telegram/updates",
            ["Telegram:WebhookSecret"] = "health-secret",
            ["Telegram:WebhookListenUrl"] = $"http://127.0.0.1:{port}",
        });
        var readyz = new Uri($"http://127.0.0.1:{port}/readyz");

        using (var ready = await Http.GetAsync(readyz))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("ok", (string?)JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["checks"]!["storage"]);
        }

        using (var live = await Http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz")))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        // Stopping starts here; the listener is still up until the hosted services stop, and says not ready.
        bot.Service<IHostApplicationLifetime>().StopApplication();
        using var stopping = await Http.GetAsync(readyz);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stopping.StatusCode);
        Assert.Equal("stopping", (string?)JsonNode.Parse(await stopping.Content.ReadAsStringAsync())!["checks"]!["lifecycle"]);
    }

    [Fact]
    public async Task In_polling_mode_without_a_listen_address_nothing_listens()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);

        Assert.DoesNotContain(bot.Service<IEnumerable<IHostedService>>(), s => s is Gist.Telegram.Receiving.WebhookListener);
    }
}
