using Gist.Core.Digests;
using Gist.Digests.Building;
using Gist.Digests.Tests.Support;
using Gist.Summarization.Offline;
using Gist.Core.Storage;

namespace Gist.Digests.Tests;

/// <summary>The five seed articles as items of three feeds make three stories: 000+002+004, 001, 003.</summary>
public sealed class ReferenceCaseTests
{
    private static readonly DateTimeOffset Now = new(2023, 11, 10, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Seeds_from_three_feeds_make_three_stories_with_the_Seoul_articles_together()
    {
        var summaries = new FixedSummaries();
        await using var harness = await DigestHarness.StartAsync(summaries, Now);
        await harness.SubscribeToSeedFeedsAsync(chatId: 7);

        var digest = await harness.BuildSinceAsync(7, Now.AddDays(-1));

        Assert.Equal(5, digest.ItemCount);
        var stories = digest.Stories.Select(s => s.Items.Select(i => FixedSummaries.SeedOf(i.Summary.Headline)).Order().ToArray()).ToList();
        Assert.Equal(3, stories.Count);
        Assert.Equal(["000", "002", "004"], stories[0]);
        Assert.Contains(["001"], stories);
        Assert.Contains(["003"], stories);
        Assert.Equal(3, digest.Stories[0].OutletCount);
    }

    [Fact]
    public async Task Read_also_articles_never_reach_an_item_or_the_summarizer()
    {
        var summaries = new FixedSummaries();
        await using var harness = await DigestHarness.StartAsync(summaries, Now);
        await harness.SubscribeToSeedFeedsAsync(chatId: 8);

        await harness.BuildSinceAsync(8, Now.AddDays(-1));

        Assert.Equal(5, summaries.Calls);
        string[] readAlso = ["صواريخنا قادرة", "روسيا ترجح مواصلة", "ليس لها تأثير كبير"];
        Assert.All(summaries.Texts, text => Assert.DoesNotContain(readAlso, r => text.Contains(r, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Corroborated_claims_are_counted_by_outlet_and_the_denial_sits_beside_the_accusation()
    {
        await using var harness = await DigestHarness.StartAsync(new FixedSummaries(), Now);
        await harness.SubscribeToSeedFeedsAsync(chatId: 9);

        var seoul = (await harness.BuildSinceAsync(9, Now.AddDays(-1))).Stories[0];

        var dispute = Assert.Single(seoul.Disputes);
        Assert.Contains("deny", dispute.Denial.Text, StringComparison.Ordinal);
        Assert.Contains("arms", dispute.Claim.Text, StringComparison.Ordinal);
        Assert.Equal(3, dispute.Claim.OutletCount);
        var html = string.Join("\n", new DigestRenderer().Render(new Digest(9, [seoul], [], 3, Now), DateOnly.FromDateTime(Now.Date)));
        Assert.Contains("↔", html, StringComparison.Ordinal);
        Assert.Contains("North Korea and Russia deny any arms deal.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_item_is_summarized_once_for_every_subscriber()
    {
        var summaries = new FixedSummaries();
        await using var harness = await DigestHarness.StartAsync(summaries, Now);
        await harness.SubscribeToSeedFeedsAsync(chatId: 10);
        var feeds = await harness.Get<ISubscriptionStore>().ListAsync(10, default);
        for (long chat = 11; chat < 60; chat++)
        {
            foreach (var feed in feeds)
            {
                await harness.Get<ISubscriptionStore>().AddAsync(chat, feed.FeedId, Now, default);
            }
        }

        for (long chat = 10; chat < 60; chat++)
        {
            Assert.Equal(3, (await harness.BuildSinceAsync(chat, Now.AddDays(-1))).Stories.Count);
        }

        Assert.Equal(5, summaries.Calls);
    }

    [Fact]
    public async Task The_offline_engine_on_the_untranslated_Arabic_text_makes_the_same_three_stories()
    {
        await using var harness = await DigestHarness.StartAsync(new OfflineSummarizer(), Now);
        await harness.SubscribeToSeedFeedsAsync(chatId: 12);

        var digest = await harness.BuildSinceAsync(12, Now.AddDays(-1));

        var groups = digest.Stories.Select(s => s.Items.Select(i => i.Item.ItemKey.Split('-')[1]).Order().ToArray()).ToList();
        Assert.Equal(3, groups.Count);
        Assert.Equal(["000", "002", "004"], groups[0]);
    }

    [Fact]
    public async Task Seeds_republished_by_their_feeds_within_two_hours_still_make_three_stories_on_the_articles_own_dates()
    {
        await using var harness = await DigestHarness.StartAsync(new FixedSummaries(), Now);
        await harness.SubscribeToSeedFeedsAsync(chatId: 13, feedDate: Now.AddHours(-2));

        var digest = await harness.BuildSinceAsync(13, Now.AddDays(-1));

        var stories = digest.Stories.Select(s => s.Items.Select(i => FixedSummaries.SeedOf(i.Summary.Headline)).Order().ToArray()).ToList();
        Assert.Equal(3, stories.Count);
        Assert.Equal(["000", "002", "004"], stories[0]);
        Assert.Contains(["001"], stories);
        Assert.Contains(["003"], stories);
    }

    [Fact]
    public async Task The_offline_engine_on_seeds_republished_within_two_hours_makes_three_stories()
    {
        await using var harness = await DigestHarness.StartAsync(new OfflineSummarizer(), Now);
        await harness.SubscribeToSeedFeedsAsync(chatId: 14, feedDate: Now.AddHours(-2));

        var digest = await harness.BuildSinceAsync(14, Now.AddDays(-1));

        var groups = digest.Stories.Select(s => s.Items.Select(i => i.Item.ItemKey.Split('-')[1]).Order().ToArray()).ToList();
        Assert.Equal(3, groups.Count);
        Assert.Equal(["000", "002", "004"], groups[0]);
    }
}
