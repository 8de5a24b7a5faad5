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
