using Gist.Core.Digests;

namespace Gist.Storage.Tests.Contract;

/// <summary>Which chat reads which feed, with its keyword filters.</summary>
public abstract class SubscriptionStoreContract : StoreContract
{
    private DateTimeOffset Now => Provider.Time.GetUtcNow();

    [StoreFact]
    public async Task Subscribing_twice_keeps_one_subscription()
    {
        FeedRecord feed = await Stores.Feeds.GetOrAddAsync("https://example.com/rss", "Example", null, Now, None);

        (Subscription first, bool created) = await Stores.Subscriptions.AddAsync(7, feed.Id, Now, None);
        (Subscription again, bool createdAgain) = await Stores.Subscriptions.AddAsync(7, feed.Id, Now.AddHours(1), None);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(first, again);
        Assert.Equal(new Subscription(first.Id, 7, feed.Id, "https://example.com/rss", "Example", "", "", Now), first);
    }

    [StoreFact]
    public async Task A_chat_lists_filters_and_removes_only_its_own_subscriptions()
    {
        FeedRecord a = await Stores.Feeds.GetOrAddAsync("https://a.example/rss", null, null, Now, None);
        FeedRecord b = await Stores.Feeds.GetOrAddAsync("https://b.example/rss", null, null, Now, None);
        (Subscription mineA, _) = await Stores.Subscriptions.AddAsync(7, a.Id, Now, None);
        (Subscription mineB, _) = await Stores.Subscriptions.AddAsync(7, b.Id, Now, None);
        (Subscription theirs, _) = await Stores.Subscriptions.AddAsync(8, a.Id, Now, None);

        Assert.True(await Stores.Subscriptions.SetFiltersAsync(7, mineA.Id, "korea, seoul", "sport", None));
        Assert.False(await Stores.Subscriptions.SetFiltersAsync(7, theirs.Id, "x", "y", None));
        Assert.False(await Stores.Subscriptions.RemoveAsync(7, theirs.Id, None));
        Assert.True(await Stores.Subscriptions.RemoveAsync(7, mineB.Id, None));

        Subscription left = Assert.Single(await Stores.Subscriptions.ListAsync(7, None));
        Assert.Equal(("korea, seoul", "sport"), (left.IncludeWords, left.ExcludeWords));
        Assert.Equal(("", ""), (Assert.Single(await Stores.Subscriptions.ListAsync(8, None)).IncludeWords, theirs.ExcludeWords));
        Assert.Empty(await Stores.Subscriptions.ListAsync(9, None));
    }
}
