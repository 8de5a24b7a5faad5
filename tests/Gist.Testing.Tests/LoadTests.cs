using System.Diagnostics;
using System.Globalization;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.AI;
using OpenAI;
using Telegram.Bot;
using Xunit.Abstractions;

namespace Gist.Testing.Tests;

/// <summary>The fakes stay correct under the concurrency benchmarks put on them (no lost calls, no duplicate
/// message ids); the rate is printed for the record, not asserted.</summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Thousands_of_concurrent_sends_are_all_recorded_with_unique_ids_per_chat()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var bot = new TelegramBotClient(new TelegramBotClientOptions(server.Token, server.BaseUrl));
        const int chats = 40;
        const int perChat = 50;
        var poller = Task.Run(async () =>
        {
            // A long poll keeps running alongside, as in the real bot.
            while (server.State.SentMessageCount < chats * perChat)
            {
                await bot.GetUpdates(timeout: 1);
            }
        });
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(1, chats).Select(chat => Task.Run(async () =>
        {
            for (var i = 0; i < perChat; i++)
            {
                await bot.SendMessage(chat, $"<b>digest</b> {i}", Telegram.Bot.Types.Enums.ParseMode.Html);
            }
        })));
        clock.Stop();
        await poller;

        Assert.Equal(chats * perChat, server.State.SentMessageCount);
        for (var chat = 1; chat <= chats; chat++)
        {
            Assert.Equal(Enumerable.Range(1, perChat), server.State.Messages(chat).Select(m => m.MessageId));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{chats * perChat} sendMessage calls in {clock.Elapsed.TotalMilliseconds:F0} ms = {chats * perChat / clock.Elapsed.TotalSeconds:F0}/s"));
    }

    [Fact]
    public async Task Hundreds_of_concurrent_completions_are_all_answered_and_the_peak_is_bounded_by_the_callers()
    {
        await using var server = await FakeOpenAiServer.StartAsync(new FakeOpenAiOptions { Latency = TimeSpan.FromMilliseconds(50) });
        var chat = new OpenAIClient(new System.ClientModel.ApiKeyCredential("k"), new OpenAIClientOptions { Endpoint = new Uri(server.OpenAiEndpoint) })
            .GetChatClient("m").AsIChatClient();
        using var gate = new SemaphoreSlim(16);
        var clock = Stopwatch.StartNew();

        var replies = await Task.WhenAll(Enumerable.Range(0, 400).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                return (await chat.GetResponseAsync($"article {i}")).Text;
            }
            finally
            {
                gate.Release();
            }
        }));
        clock.Stop();

        Assert.Equal(400, server.RequestCount);
        Assert.All(replies.Select((text, i) => (text, i)), r => Assert.Contains($"article {r.i}", r.text, StringComparison.Ordinal));
        Assert.InRange(server.PeakConcurrency, 2, 16);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"400 completions (latency 50 ms, 16 callers) in {clock.Elapsed.TotalMilliseconds:F0} ms; bound {400 * 50 / 16} ms; peak {server.PeakConcurrency}"));
    }
}
