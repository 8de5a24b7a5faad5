using Gist.Core.Storage;

namespace Gist.Storage.Tests.Contract;

public abstract class UpdateInboxContract : StoreContract
{

    private IUpdateInbox Inbox => Stores.Inbox;

    private static InboxUpdate Update(long updateId, long chatId) => new(updateId, chatId, $$"""{"update_id":{{updateId}}}""");

    [StoreFact]
    public async Task Adding_an_update_twice_stores_it_once()
    {
        Assert.Equal(2, await Inbox.AddAsync([Update(1, 10), Update(2, 10)], None));
        Assert.Equal(1, await Inbox.AddAsync([Update(2, 10), Update(3, 10)], None));

        Assert.Equal(new InboxCounts(3, 0, 0, 0), await Inbox.CountAsync(None));
    }

    [StoreFact]
    public async Task A_redelivered_update_that_was_answered_is_not_queued_again()
    {
        await Inbox.AddAsync([Update(7, 10)], None);
        InboxItem item = Assert.Single(await Inbox.ClaimNextAsync(5, None));
        await Inbox.CompleteAsync(item.UpdateId, None);

        Assert.Equal(0, await Inbox.AddAsync([Update(7, 10)], None));
        Assert.Empty(await Inbox.ClaimNextAsync(5, None));
        Assert.Equal(new InboxCounts(0, 0, 1, 0), await Inbox.CountAsync(None));
    }

    [StoreFact]
    public async Task A_redelivered_update_is_still_ignored_after_its_row_was_pruned()
    {
        await Inbox.AddAsync([Update(7, 10)], None);
        await Inbox.CompleteAsync(Assert.Single(await Inbox.ClaimNextAsync(5, None)).UpdateId, None);
        Provider.Time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(1, await Stores.PruneInbox(TimeSpan.FromDays(1)));

        Assert.Equal(0, await Inbox.AddAsync([Update(7, 10)], None));
        Assert.Equal(new InboxCounts(0, 0, 0, 0), await Inbox.CountAsync(None));
        Assert.Equal(7, await Inbox.GetLastUpdateIdAsync(None));
    }

    [StoreFact]
    public async Task Pruning_keeps_recent_and_unfinished_updates()
    {
        await Inbox.AddAsync([Update(1, 10), Update(2, 20), Update(3, 30)], None);
        IReadOnlyList<InboxItem> claimed = await Inbox.ClaimNextAsync(3, None);
        await Inbox.CompleteAsync(1, None);
        await Inbox.FailAsync(2, "boom", None);
        Provider.Time.Advance(TimeSpan.FromDays(3));
        await Inbox.AddAsync([Update(4, 40)], None);
        await Inbox.CompleteAsync(Assert.Single(await Inbox.ClaimNextAsync(3, None)).UpdateId, None);

        Assert.Equal(3, claimed.Count);
        Assert.Equal(2, await Stores.PruneInbox(TimeSpan.FromDays(1)));
        Assert.Equal(new InboxCounts(0, 1, 1, 0), await Inbox.CountAsync(None));
        Assert.Equal(4, await Inbox.GetLastUpdateIdAsync(None));
    }

    [StoreFact]
    public async Task The_highest_update_id_survives_a_prune_that_deletes_it_while_older_updates_remain()
    {
        await Inbox.AddAsync([Update(5, 10), Update(9, 20)], None);
        await Inbox.CompleteAsync(9, None);
        Provider.Time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(1, await Stores.PruneInbox(TimeSpan.FromDays(1)));

        Assert.Equal(new InboxCounts(1, 0, 0, 0), await Inbox.CountAsync(None));
        Assert.Equal(9, await Inbox.GetLastUpdateIdAsync(None));
        Assert.Equal(1, await Inbox.AddAsync([Update(12, 30)], None));
        Assert.Equal(12, await Inbox.GetLastUpdateIdAsync(None));
    }

    [StoreFact]
    public async Task Pruning_inside_telegrams_redelivery_window_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Stores.PruneInbox(TimeSpan.FromHours(23)));
    }

    [StoreFact]
    public async Task Last_update_id_is_null_when_empty_then_the_highest_ever_stored()
    {
        Assert.Null(await Inbox.GetLastUpdateIdAsync(None));

        await Inbox.AddAsync([Update(40, 1), Update(12, 2)], None);
        await Inbox.AddAsync([Update(30, 3)], None);

        Assert.Equal(40, await Inbox.GetLastUpdateIdAsync(None));
    }

    [StoreFact]
    public async Task Claims_take_one_update_per_chat_oldest_first()
    {
        await Inbox.AddAsync([Update(1, 10), Update(2, 10), Update(3, 20), Update(4, 30), Update(5, 20)], None);

        IReadOnlyList<InboxItem> first = await Inbox.ClaimNextAsync(10, None);

        Assert.Equal([1L, 3L, 4L], first.Select(item => item.UpdateId));
        Assert.Equal([10L, 20L, 30L], first.Select(item => item.ChatId));
        Assert.Equal("""{"update_id":1}""", first[0].Json);
    }

    [StoreFact]
    public async Task A_chat_with_an_update_in_progress_gets_nothing_until_it_finishes()
    {
        await Inbox.AddAsync([Update(1, 10), Update(2, 10), Update(3, 10)], None);
        Assert.Equal(1, Assert.Single(await Inbox.ClaimNextAsync(10, None)).UpdateId);
        Assert.Empty(await Inbox.ClaimNextAsync(10, None));

        await Inbox.CompleteAsync(1, None);
        Assert.Equal(2, Assert.Single(await Inbox.ClaimNextAsync(10, None)).UpdateId);

        await Inbox.FailAsync(2, "article unavailable", None);
        Assert.Equal(3, Assert.Single(await Inbox.ClaimNextAsync(10, None)).UpdateId);
    }

    [StoreFact]
    public async Task Claims_respect_the_maximum_taking_the_oldest_chats_first()
    {
        await Inbox.AddAsync([Update(5, 50), Update(1, 10), Update(3, 30), Update(2, 20), Update(4, 40)], None);

        Assert.Equal([1L, 2L], (await Inbox.ClaimNextAsync(2, None)).Select(item => item.UpdateId));
        Assert.Equal([3L, 4L, 5L], (await Inbox.ClaimNextAsync(5, None)).Select(item => item.UpdateId));
    }

    [StoreFact]
    public async Task A_released_update_counts_an_attempt_and_keeps_its_place_in_the_chat()
    {
        await Inbox.AddAsync([Update(1, 10), Update(2, 10)], None);
        await Inbox.ClaimNextAsync(10, None);

        await Inbox.ReleaseAsync(1, None);
        InboxItem again = Assert.Single(await Inbox.ClaimNextAsync(10, None));

        Assert.Equal(1, again.UpdateId);
        Assert.Equal(1, again.Attempts);
    }

    [StoreFact]
    public async Task The_placeholder_message_id_is_stored_and_returned_with_the_update()
    {
        await Inbox.AddAsync([Update(1, 10)], None);
        Assert.Null(Assert.Single(await Inbox.ClaimNextAsync(1, None)).PlaceholderMessageId);

        await Inbox.SetPlaceholderAsync(1, 4242, None);
        await Inbox.ReleaseAsync(1, None);

        Assert.Equal(4242, Assert.Single(await Inbox.ClaimNextAsync(1, None)).PlaceholderMessageId);
    }

    [StoreFact]
    public async Task After_a_crash_the_update_in_progress_is_recovered_with_its_placeholder()
    {
        using (StoreSet crashed = await Provider.OpenAsync())
        {
            await crashed.Inbox.AddAsync([Update(1, 10), Update(2, 10)], None);
            Assert.Equal(1, Assert.Single(await crashed.Inbox.ClaimNextAsync(5, None)).UpdateId);
            await crashed.Inbox.SetPlaceholderAsync(1, 77, None);
        } // the process dies here: no CompleteAsync

        StoreSet restarted = await Provider.OpenAsync();
        Assert.Empty(await restarted.Inbox.ClaimNextAsync(5, None));
        await Provider.LetInboxLeasesExpireAsync();
        Assert.Equal(1, await restarted.Inbox.RecoverInProgressAsync(None));

        InboxItem item = Assert.Single(await restarted.Inbox.ClaimNextAsync(5, None));
        Assert.Equal(1, item.UpdateId);
        Assert.Equal(77, item.PlaceholderMessageId);
        Assert.Equal(1, item.Attempts);
        Assert.Equal(2, await restarted.Inbox.GetLastUpdateIdAsync(None));
    }

    [StoreFact]
    public async Task Failure_keeps_the_error_text()
    {
        await Inbox.AddAsync([Update(1, 10)], None);
        await Inbox.ClaimNextAsync(1, None);

        await Inbox.FailAsync(1, "page returned 404", None);

        Assert.Equal(new InboxCounts(0, 0, 0, 1), await Inbox.CountAsync(None));
        Assert.Equal("page returned 404", await Provider.ScalarAsync("SELECT error FROM inbox WHERE update_id = 1"));
    }

    [StoreFact]
    public async Task Claiming_zero_is_a_caller_error()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Inbox.ClaimNextAsync(0, None));
    }
}
