using System.Globalization;
using Gist.Hosting;
using Gist.Telegram;
using Gist.Telegram.Digests;
using Gist.Testing.BotApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gist.IntegrationTests.Digests;

/// <summary>The real host with digests on, reading channels from a local preview server: and a user talking to it.</summary>
internal static class ChannelBot
{
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    public static async Task<string> SayAndWaitAsync(FakeBotApiServer telegram, FakeUser user, string text, string expected)
    {
        var before = telegram.State.Messages(user.Id).Count;
        telegram.Updates.EnqueueText(user, text);
        await telegram.State.WaitForAsync(s => s.Messages(user.Id).Skip(before).Any(m => m.Text.Contains(expected, StringComparison.Ordinal)), ReplyTimeout);
        return string.Join("\n\n", telegram.State.Messages(user.Id).Skip(before).Select(m => m.Text));
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + ReplyTimeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition was not met in time.");
            await Task.Delay(100);
        }
    }

    public static async Task<IHost> StartAsync(FakeBotApiServer telegram, ChannelPreviewServer preview, int? feedPort, string pollInterval = "00:30:00")
    {
        var folder = Directory.CreateTempSubdirectory("gist-channel-it-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Storage:Path"] = Path.Combine(folder, "gist.db"),
            ["Llm:Provider"] = "offline",
            ["Fetch:AllowPrivateNetworks"] = "true",
            ["Fetch:AllowedPorts:0"] = preview.Port.ToString(CultureInfo.InvariantCulture),
            ["Digests:Tick"] = "00:00:00.500",
            ["Digests:PollInterval"] = pollInterval,
            ["Digests:ChannelPreviewBaseUrl"] = preview.BaseUrl,
        };
        if (feedPort is { } port)
        {
            settings["Fetch:AllowedPorts:1"] = port.ToString(CultureInfo.InvariantCulture);
        }

        var builder = GistHost.CreateBuilder(logToStandardError: false, settings);
        builder.Logging.ClearProviders();
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        builder.AddGistDigests();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
