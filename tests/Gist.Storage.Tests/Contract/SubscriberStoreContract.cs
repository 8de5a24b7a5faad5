using Gist.Core.Articles;
using Gist.Core.Digests;

namespace Gist.Storage.Tests.Contract;

/// <summary>Digest settings, the scheduler's leased claims, and the digests-sent record.</summary>
public abstract class SubscriberStoreContract : StoreContract
{
    private static readonly DateOnly Date = new(2024, 3, 1);

    private DateTimeOffset Now => Provider.Time.GetUtcNow();

    private Subscriber Due(long chatId, int minutesAgo) =>
        new(chatId, "Asia/Riyadh", new TimeOnly(8, 30), Now.AddMinutes(-minutesAgo), null, null, IncludeReading: true);

    [StoreFact]
    public async Task Settings_are_saved_and_replaced()
    {
        Subscriber subscriber = Due(7, 0) with { LastDigestThrough = Now.AddDays(-1), IncludeReading = false };
        await Stores.Subscribers.SaveAsync(subscriber, None);
        Assert.Equal(subscriber, await Stores.Subscribers.GetAsync(7, None));

        Subscriber changed = subscriber with { TimeZoneId = "UTC+03:00", DigestTime = new TimeOnly(20, 0), PausedReason = "blocked" };
        await Stores.Subscribers.SaveAsync(changed, None);

        Assert.Equal(changed, await Stores.Subscribers.GetAsync(7, None));
        Assert.Null(await Stores.Subscribers.GetAsync(8, None));
    }

    [StoreFact]
    public async Task Due_subscribers_are_claimed_once_until_their_lease_ends()
    {
        await Stores.Subscribers.SaveAsync(Due(1, 5), None);
        await Stores.Subscribers.SaveAsync(Due(2, 10), None);
        await Stores.Subscribers.SaveAsync(Due(3, -10), None);
        await Stores.Subscribers.SaveAsync(Due(4, 20) with { PausedReason = "blocked" }, None);

        IReadOnlyList<Subscriber> first = await Stores.Subscribers.ClaimDueAsync(Now, Now.AddMinutes(5), 10, "a", None);
        IReadOnlyList<Subscriber> second = await Stores.Subscribers.ClaimDueAsync(Now, Now.AddMinutes(5), 10, "a", None);
        IReadOnlyList<Subscriber> afterLease = await Stores.Subscribers.ClaimDueAsync(Now.AddMinutes(6), Now.AddMinutes(11), 10, "a", None);

        Assert.Equal([1L, 2L], first.Select(s => s.ChatId).Order());
        Assert.Empty(second);
        Assert.Equal([1L, 2L], afterLease.Select(s => s.ChatId).Order());
    }

    [StoreFact]
    public async Task Claims_from_two_processes_never_take_the_same_subscriber()
    {
        for (int chat = 1; chat <= 40; chat++)
        {
            await Stores.Subscribers.SaveAsync(Due(chat, chat), None);
        }

        StoreSet other = await Provider.OpenAsync();
        IReadOnlyList<Subscriber>[] claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => (i % 2 == 0 ? Stores : other).Subscribers.ClaimDueAsync(Now, Now.AddMinutes(5), 7, i % 2 == 0 ? "a" : "b", None))));

        long[] claimed = [.. claims.SelectMany(c => c).Select(s => s.ChatId)];
        Assert.Equal(claimed.Length, claimed.Distinct().Count());
        Assert.Equal(40, claimed.Length);
    }

    [StoreFact]
    public async Task A_renewed_claim_outlives_its_first_lease_and_no_other_claimant_takes_it()
    {
        await Stores.Subscribers.SaveAsync(Due(1, 5), None);
        await Stores.Subscribers.SaveAsync(Due(2, 5), None);
        Assert.Equal(2, (await Stores.Subscribers.ClaimDueAsync(Now, Now.AddMinutes(5), 10, "a", None)).Count);

        IReadOnlyList<long> renewed = await Stores.Subscribers.RenewClaimsAsync("a", [1], Now.AddMinutes(15), None);
        IReadOnlyList<long> byOther = await Stores.Subscribers.RenewClaimsAsync("b", [2], Now.AddMinutes(15), None);
        IReadOnlyList<Subscriber> takenAfterFirstLease = await Stores.Subscribers.ClaimDueAsync(Now.AddMinutes(6), Now.AddMinutes(20), 10, "b", None);

        Assert.Equal([1L], renewed);
        Assert.Empty(byOther);
        Assert.Equal([2L], takenAfterFirstLease.Select(s => s.ChatId)); // 2 was not renewed by its claimant
        Assert.Empty(await Stores.Subscribers.RenewClaimsAsync("a", [2], Now.AddMinutes(30), None)); // now b's
        Assert.Equal([1L], (await Stores.Subscribers.ClaimDueAsync(Now.AddMinutes(16), Now.AddMinutes(21), 10, "b", None)).Select(s => s.ChatId));
    }

    [StoreFact]
    public async Task A_released_claim_is_not_renewed()
    {
        await Stores.Subscribers.SaveAsync(Due(1, 5), None);
        await Stores.Subscribers.ClaimDueAsync(Now, Now.AddMinutes(5), 10, "a", None);
        await Stores.Subscribers.RecordSentAsync(1, Date, Now, 1, Now.AddMinutes(1), Now, None);

        Assert.Empty(await Stores.Subscribers.RenewClaimsAsync("a", [1], Now.AddMinutes(15), None));
        Assert.Single(await Stores.Subscribers.ClaimDueAsync(Now.AddMinutes(2), Now.AddMinutes(7), 10, "b", None));
    }

    [StoreFact]
    public async Task A_sent_digest_is_recorded_moves_the_window_and_releases_the_claim()
    {
        await Stores.Subscribers.SaveAsync(Due(1, 5), None);
        await Stores.Subscribers.ClaimDueAsync(Now, Now.AddMinutes(5), 10, "a", None);

        await Stores.Subscribers.RecordSentAsync(1, Date, Now, 3, Now.AddDays(1), Now, None);

        Subscriber? after = await Stores.Subscribers.GetAsync(1, None);
        Assert.Equal((Now, Now.AddDays(1)), (after!.LastDigestThrough, after.NextDigestAt));
        Assert.True(await Stores.Subscribers.WasSentAsync(1, Date, None));
        Assert.False(await Stores.Subscribers.WasSentAsync(1, Date.AddDays(1), None));
        Assert.Single(await Stores.Subscribers.ClaimDueAsync(Now.AddDays(1), Now.AddDays(1).AddMinutes(5), 10, "a", None));
    }

    [StoreFact]
    public async Task Rescheduling_and_pausing_release_the_claim()
    {
        await Stores.Subscribers.SaveAsync(Due(1, 5), None);
        await Stores.Subscribers.SaveAsync(Due(2, 5), None);
        await Stores.Subscribers.ClaimDueAsync(Now, Now.AddHours(1), 10, "a", None);

        await Stores.Subscribers.RescheduleAsync(1, Now.AddMinutes(1), None);
        await Stores.Subscribers.PauseAsync(2, "Forbidden: bot was blocked by the user", None);

        Assert.Equal([1L], (await Stores.Subscribers.ClaimDueAsync(Now.AddMinutes(2), Now.AddHours(1), 10, "a", None)).Select(s => s.ChatId));
        Assert.Equal("Forbidden: bot was blocked by the user", (await Stores.Subscribers.GetAsync(2, None))!.PausedReason);
    }

    [StoreFact]
    public async Task Reading_lists_the_articles_a_chat_sent_in_the_window_with_their_english_headline()
    {
        long pasted = await Stores.Articles.SaveAsync(new Article { Text = "One.", Title = "عنوان", Source = "Src", Url = "https://a.example/1" }, None);
        long fromFeed = await Stores.Articles.SaveAsync(new Article { Text = "Two.", Origin = ArticleOrigin.Feed }, None);
        long earlier = await Stores.Articles.SaveAsync(new Article { Text = "Three.", Title = "Earlier" }, None);
        await Stores.Articles.LinkMessageAsync(7, 1, earlier, None);
        Provider.Time.Advance(TimeSpan.FromHours(2));
        DateTimeOffset since = Now;
        await Stores.ArticleReplies.SaveHeadlineAsync(pasted, "fr", "Titre", None);
        await Stores.ArticleReplies.SaveHeadlineAsync(pasted, "en", "Headline", None);
        await Stores.Articles.LinkMessageAsync(7, 2, pasted, None);
        await Stores.Articles.LinkMessageAsync(7, 3, fromFeed, None);
        await Stores.Articles.LinkMessageAsync(8, 4, pasted, None);
        Provider.Time.Advance(TimeSpan.FromMinutes(1));
        await Stores.Articles.LinkMessageAsync(7, 5, pasted, None);

        IReadOnlyList<ReadingEntry> reading = await Stores.Subscribers.GetReadingAsync(7, since, since.AddHours(1), None);

        Assert.Equal([new ReadingEntry(pasted, "Headline", "Src", "https://a.example/1", since)], reading);
    }
}
