using System.Collections.Concurrent;
using Gist.Core.Storage;

namespace Gist.Storage.Tests.Contract;

public abstract class InboxConcurrencyContract : StoreContract
{
    private const int Chats = 12;
    private const int UpdatesPerChat = 25;

    [StoreFact]
    public async Task Concurrent_workers_claim_every_update_once_in_chat_order_never_two_per_chat()
    {
        await RunWorkersAsync([Stores.Inbox, Stores.Inbox, Stores.Inbox, Stores.Inbox, Stores.Inbox, Stores.Inbox]);
    }

    [StoreFact]
    public async Task Two_processes_on_one_database_share_the_inbox_without_breaking_chat_order()
    {
        StoreSet second = await Provider.OpenAsync();
        await RunWorkersAsync([Stores.Inbox, second.Inbox, Stores.Inbox, second.Inbox]);
    }

    private async Task RunWorkersAsync(IReadOnlyList<IUpdateInbox> workers)
    {
        // Updates of all chats interleaved, as Telegram delivers them.
        var updates = new List<InboxUpdate>();
        for (int i = 0; i < Chats * UpdatesPerChat; i++)
        {
            updates.Add(new InboxUpdate(1000 + i, i % Chats, "{}"));
        }

        await workers[0].AddAsync(updates, None);

        var inProgress = new ConcurrentDictionary<long, long>();
        var claimedByChat = new ConcurrentDictionary<long, ConcurrentQueue<long>>();
        var claimedOnce = new ConcurrentDictionary<long, byte>();
        var violations = new ConcurrentQueue<string>();
        int done = 0;

        async Task WorkAsync(IUpdateInbox inbox)
        {
            while (Volatile.Read(ref done) < updates.Count)
            {
                IReadOnlyList<InboxItem> items = await inbox.ClaimNextAsync(3, None);
                if (items.Count == 0)
                {
                    await Task.Delay(1);
                    continue;
                }

                foreach (InboxItem item in items)
                {
                    if (!inProgress.TryAdd(item.ChatId, item.UpdateId))
                    {
                        violations.Enqueue($"chat {item.ChatId}: {item.UpdateId} claimed while {inProgress[item.ChatId]} in progress");
                    }

                    if (!claimedOnce.TryAdd(item.UpdateId, 0))
                    {
                        violations.Enqueue($"update {item.UpdateId} claimed twice");
                    }

                    claimedByChat.GetOrAdd(item.ChatId, _ => new ConcurrentQueue<long>()).Enqueue(item.UpdateId);
                }

                await Task.Yield();
                foreach (InboxItem item in items)
                {
                    inProgress.TryRemove(item.ChatId, out _);
                    await inbox.CompleteAsync(item.UpdateId, None);
                    Interlocked.Increment(ref done);
                }
            }
        }

        await Task.WhenAll(workers.Select(inbox => Task.Run(() => WorkAsync(inbox)))).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(violations);
        Assert.Equal(updates.Count, claimedOnce.Count);
        foreach ((long chat, ConcurrentQueue<long> order) in claimedByChat)
        {
            Assert.Equal(order.Order(), order);
            Assert.Equal(UpdatesPerChat, order.Count);
        }

        Assert.Equal(new InboxCounts(0, 0, updates.Count, 0), await workers[0].CountAsync(None));
    }
}
