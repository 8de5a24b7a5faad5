using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.Digests.Channels;
using Gist.Testing.BotApi;
using Microsoft.Extensions.DependencyInjection;
using static Gist.IntegrationTests.Digests.ChannelBot;

namespace Gist.IntegrationTests.Digests;

/// <summary>
/// A channel changes its posts after Gist read them: the digest shows an edited post once, in its new words, and
/// leaves out a post the channel deleted. Polling a channel is polite: conditional, and a 429 waits out its Retry-After.
/// </summary>
public sealed class ChannelPostChangeTests
{
    [Fact]
    public async Task An_edited_post_is_in_the_digest_once_with_its_new_words_and_a_deleted_post_is_not()
    {
        await using var preview = await ChannelPreviewServer.StartAsync();
        var now = DateTimeOffset.UtcNow;
        preview.AddChannel("harbour_news", "Harbour News");
        preview.Post("harbour_news", 11, now.AddMinutes(-30), "The harbour authority will reopen the northern berth on Monday after repairs to the old crane.");
        preview.Post("harbour_news", 12, now.AddMinutes(-20), "The city council approved a larger budget for the public libraries and the two museums.");
        preview.Post("harbour_news", 13, now.AddMinutes(-10), "Fishermen in the bay reported the largest sardine catch in a decade during the cold week.");
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await StartAsync(telegram, preview, feedPort: null, pollInterval: "00:00:01");
        var mona = FakeUser.Create(701, "Mona");
        await SayAndWaitAsync(telegram, mona, "/subscribe @harbour_news", "Subscribed to Harbour News");
        var store = bot.Services.GetRequiredService<IFeedStore>();
        var feed = await store.GetOrAddAsync(ChannelAddress.FeedUrl("harbour_news"), null, null, now, default);
        Assert.Equal(3, (await store.GetLatestAsync(feed.Id, 50, default)).Count);
        // Polled with the preview's ETag: an unchanged channel answers 304 and costs no parsing.
        await WaitUntilAsync(() => Task.FromResult(preview.Requests.Any(r => r.PathAndQuery == "/s/harbour_news" && r.Status == 304)));

        preview.Post("harbour_news", 11, now.AddMinutes(-30), "Correction: the harbour authority will reopen the northern berth on Thursday, after repairs to the old crane took longer.");
        preview.Delete("harbour_news", 12);
        await WaitUntilAsync(async () =>
        {
            var items = await store.GetLatestAsync(feed.Id, 50, default);
            return items.Count == 2 && items.Any(i => i.Text.Contains("Thursday", StringComparison.Ordinal));
        });
        var digest = await SayAndWaitAsync(telegram, mona, "/digest now", "Your digest ·");

        Assert.Contains("2 stories from 2 articles", digest, StringComparison.Ordinal);
        Assert.Contains("Thursday", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("Monday", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("libraries", digest, StringComparison.Ordinal);
        Assert.Contains("sardine", digest, StringComparison.Ordinal);
        Assert.Equal(2, (await store.GetLatestAsync(feed.Id, 50, default)).Select(i => i.ItemKey).Distinct().Count());
    }

    [Fact]
    public async Task A_channel_preview_that_answers_429_is_not_polled_again_before_its_Retry_After()
    {
        await using var preview = await ChannelPreviewServer.StartAsync();
        var now = DateTimeOffset.UtcNow;
        preview.AddChannel("busy_wire", "Busy Wire");
        preview.Post("busy_wire", 1, now.AddMinutes(-5), "The harbour authority will reopen the northern berth on Monday after repairs to the old crane.");
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await StartAsync(telegram, preview, feedPort: null, pollInterval: "00:00:01");
        var nora = FakeUser.Create(702, "Nora");
        await SayAndWaitAsync(telegram, nora, "/subscribe @busy_wire", "Subscribed to Busy Wire");
        var store = bot.Services.GetRequiredService<IFeedStore>();
        var feed = await store.GetOrAddAsync(ChannelAddress.FeedUrl("busy_wire"), null, null, now, default);

        preview.Fail("busy_wire", 429, "120");
        await WaitUntilAsync(async () => (await store.GetAsync(feed.Id, default))!.Failures > 0);

        var failed = (await store.GetAsync(feed.Id, default))!;
        Assert.True(failed.NextPollAt - failed.LastPolledAt!.Value >= TimeSpan.FromSeconds(120), $"Next poll {failed.NextPollAt:O} after {failed.LastPolledAt:O}");
        Assert.Contains("429", failed.LastError, StringComparison.Ordinal);
        Assert.Single(preview.Requests, r => r.Status == 429);
    }
}
