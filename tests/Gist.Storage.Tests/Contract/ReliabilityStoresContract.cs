using Gist.Core.Storage;

namespace Gist.Storage.Tests.Contract;

/// <summary>Model re-runs, per-user quota overrides, reply progress and what the bot said about articles.</summary>
public abstract class ReliabilityStoresContract : StoreContract
{
    private DateTimeOffset Now => Provider.Time.GetUtcNow();

    [StoreFact]
    public async Task Reruns_come_due_oldest_first_and_keep_their_messages()
    {
        long later = await Stores.Reruns.AddAsync(7, 1, "en", [10, 11], 9, Now.AddMinutes(5), None);
        long sooner = await Stores.Reruns.AddAsync(8, 2, "fr", [20], null, Now.AddMinutes(1), None);

        Assert.Empty(await Stores.Reruns.GetDueAsync(Now, 10, None));
        IReadOnlyList<ModelRerun> due = await Stores.Reruns.GetDueAsync(Now.AddMinutes(10), 10, None);
        Assert.Equal([sooner, later], due.Select(r => r.Id));
        Assert.Equal((8L, 2L, "fr", (int?)null, 0, Now.AddMinutes(1)), (due[0].ChatId, due[0].ArticleId, due[0].OutputLanguage, due[0].ReplyToMessageId, due[0].Attempts, due[0].DueAt));
        Assert.Equal([20], due[0].MessageIds);
        Assert.Equal((7L, 1L, "en", (int?)9), (due[1].ChatId, due[1].ArticleId, due[1].OutputLanguage, due[1].ReplyToMessageId));
        Assert.Equal([10, 11], due[1].MessageIds);

        await Stores.Reruns.RescheduleAsync(sooner, Now.AddMinutes(30), None);
        await Stores.Reruns.UpdateMessagesAsync(later, [10, 11, 12], None);
        Assert.Equal([10, 11, 12], Assert.Single(await Stores.Reruns.GetDueAsync(Now.AddMinutes(10), 10, None)).MessageIds);

        await Stores.Reruns.RemoveAsync(later, None);
        Assert.Equal(1, await Stores.Reruns.CountAsync(None));
        ModelRerun rescheduled = Assert.Single(await Stores.Reruns.GetDueAsync(Now.AddHours(1), 10, None));
        Assert.Equal((sooner, 1, Now.AddMinutes(30)), (rescheduled.Id, rescheduled.Attempts, rescheduled.DueAt));
    }

    [StoreFact]
    public async Task Two_instances_claiming_at_once_take_each_due_rerun_once()
    {
        var due = new List<long>();
        for (int i = 0; i < 10; i++)
        {
            due.Add(await Stores.Reruns.AddAsync(100 + i, i, "en", [i], null, Now.AddMinutes(-i), None));
        }

        StoreSet other = await Provider.OpenAsync();

        async Task<List<ModelRerun>> ClaimAllAsync(StoreSet stores)
        {
            var claimed = new List<ModelRerun>();
            // Bounded: a claim that did not take the re-runs would return them again and again (seen as duplicates below).
            for (int round = 0; round < 20 && await stores.Reruns.ClaimDueAsync(Now, 1, Now.AddMinutes(10), None) is [var rerun]; round++)
            {
                claimed.Add(rerun);
            }

            return claimed;
        }

        List<ModelRerun>[] claims = await Task.WhenAll(Task.Run(() => ClaimAllAsync(Stores)), Task.Run(() => ClaimAllAsync(other)));

        Assert.Equal(due.Order(), claims.SelectMany(c => c).Select(r => r.Id).Order());
        Assert.Empty(await other.Reruns.GetDueAsync(Now, 10, None));
        Assert.Equal(Now.AddMinutes(-9), claims.SelectMany(c => c).Single(r => r.Id == due[9]).DueAt);
    }

    [StoreFact]
    public async Task A_claimed_rerun_neither_rescheduled_nor_removed_is_due_again_when_the_claim_passes()
    {
        long abandoned = await Stores.Reruns.AddAsync(7, 1, "en", [10], null, Now.AddMinutes(-1), None);
        long finished = await Stores.Reruns.AddAsync(8, 2, "en", [20], null, Now, None);

        Assert.Equal([abandoned, finished], (await Stores.Reruns.ClaimDueAsync(Now, 10, Now.AddMinutes(10), None)).Select(r => r.Id));
        await Stores.Reruns.RemoveAsync(finished, None);

        StoreSet other = await Provider.OpenAsync();
        Assert.Empty(await other.Reruns.ClaimDueAsync(Now.AddMinutes(9), 10, Now.AddMinutes(19), None));
        ModelRerun again = Assert.Single(await other.Reruns.ClaimDueAsync(Now.AddMinutes(10), 10, Now.AddMinutes(20), None));
        Assert.Equal((abandoned, 0), (again.Id, again.Attempts));
        Assert.Equal([10], again.MessageIds);
    }

    [StoreFact]
    public async Task A_user_quota_is_set_replaced_and_cleared()
    {
        Assert.Null(await Stores.Quotas.GetAsync(5, None));
        await Stores.Quotas.SetAsync(5, 10, None);
        await Stores.Quotas.SetAsync(5, 0, None);
        Assert.Equal(0, await Stores.Quotas.GetAsync(5, None));

        await Stores.Quotas.ClearAsync(5, None);

        Assert.Null(await Stores.Quotas.GetAsync(5, None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Stores.Quotas.SetAsync(5, -1, None));
    }

    [StoreFact]
    public async Task Reply_progress_is_kept_per_update_and_part()
    {
        await Stores.ReplyProgress.RecordAsync(100, 1, 501, None);
        await Stores.ReplyProgress.RecordAsync(100, 2, 502, None);
        await Stores.ReplyProgress.RecordAsync(100, 2, 503, None);
        await Stores.ReplyProgress.RecordAsync(101, 1, 601, None);

        IReadOnlyDictionary<int, int> parts = await (await Provider.OpenAsync()).ReplyProgress.GetAsync(100, None);

        Assert.Equal(new Dictionary<int, int> { [1] = 501, [2] = 503 }, parts);
        Assert.Empty(await Stores.ReplyProgress.GetAsync(102, None));
    }

    [StoreFact]
    public async Task What_each_reply_message_shows_is_kept_per_update_and_message_the_latest_replacing_the_earlier()
    {
        await Stores.ReplyProgress.RecordShownAsync(100, 501, "reading", None);
        await Stores.ReplyProgress.RecordShownAsync(100, 501, "summary", None);
        await Stores.ReplyProgress.RecordShownAsync(100, 502, "part two", None);
        await Stores.ReplyProgress.RecordShownAsync(101, 601, "other update", None);

        IReadOnlyDictionary<int, string> shown = await (await Provider.OpenAsync()).ReplyProgress.GetShownAsync(100, None);

        Assert.Equal(new Dictionary<int, string> { [501] = "summary", [502] = "part two" }, shown);
        Assert.Empty(await Stores.ReplyProgress.GetShownAsync(102, None));
    }

    [StoreFact]
    public async Task Headlines_are_per_language_and_the_first_translation_message_is_kept()
    {
        long article = await Stores.Articles.SaveAsync(new Core.Articles.Article { Text = "Text." }, None);
        await Stores.ArticleReplies.SaveHeadlineAsync(article, "en", "First", None);
        await Stores.ArticleReplies.SaveHeadlineAsync(article, "en", "Second", None);
        await Stores.ArticleReplies.SaveTranslationMessageAsync(7, article, "en", 40, None);
        await Stores.ArticleReplies.SaveTranslationMessageAsync(7, article, "en", 41, None);

        Assert.Equal("Second", await Stores.ArticleReplies.GetHeadlineAsync(article, "en", None));
        Assert.Null(await Stores.ArticleReplies.GetHeadlineAsync(article, "fr", None));
        Assert.Equal(40, await Stores.ArticleReplies.FindTranslationMessageAsync(7, article, "en", None));
        Assert.Null(await Stores.ArticleReplies.FindTranslationMessageAsync(8, article, "en", None));
    }
}
