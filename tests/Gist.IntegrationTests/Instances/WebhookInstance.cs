using System.Net;
using System.Net.Sockets;
using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;

namespace Gist.IntegrationTests.Instances;

/// <summary>One instance of the bot (the real host, in-process) in webhook mode on a shared PostgreSQL database.</summary>
public sealed record WebhookInstance(GistBot Bot, string HookUrl)
{
    public const string Secret = "gist-instances-secret-0123456789";

    public static async Task<WebhookInstance> StartAsync(FakeBotApiServer telegram, string connectionString)
    {
        int port = FreePort();
        string hookUrl = $"http://127.0.0.1:{port}/telegram/updates";
        GistBot bot = await GistBot.StartAsync(telegram, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = hookUrl,
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:WebhookListenUrl"] = $"http://127.0.0.1:{port}",
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = connectionString,
        });
        return new WebhookInstance(bot, hookUrl);
    }

    /// <summary>A free loopback port: the listener's address must be known before it starts.</summary>
    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
