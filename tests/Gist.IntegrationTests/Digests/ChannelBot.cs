using System.Globalization;
using Gist.Testing.BotApi;
using Microsoft.Extensions.Hosting;

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

    public static Task<IHost> StartAsync(FakeBotApiServer telegram, ChannelPreviewServer preview, int? feedPort, string pollInterval = "00:30:00")
    {
        var settings = new Dictionary<string, string?>
        {
            ["Digests:Tick"] = "00:00:00.500",
            ["Digests:PollInterval"] = pollInterval,
            ["Digests:ChannelPreviewBaseUrl"] = preview.BaseUrl,
        };
        if (feedPort is { } port)
        {
            settings["Fetch:AllowedPorts:1"] = port.ToString(CultureInfo.InvariantCulture);
        }

        return DigestCommandTests.StartAsync(telegram, preview.Port, settings);
    }
}
