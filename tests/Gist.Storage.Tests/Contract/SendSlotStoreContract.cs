using System.Diagnostics;
using Gist.Core.Storage;

namespace Gist.Storage.Tests.Contract;

/// <summary>
/// Telegram's limits hold for every process on the database: the bot's rate, a chat's and a group's spacing,
/// broadcasts leaving room for interactive replies, and a 429's pause. A slot is "reserved" (send after its wait) or
/// refused (ask again after its wait); either way its wait is the earliest the message can go. On PostgreSQL the
/// database's clock runs during a test: a lower bound on a wait is checked on the wait plus the time the test has
/// taken since its first call (what the slot's instant is, measured from that call).
/// </summary>
public abstract class SendSlotStoreContract : StoreContract
{
    private const long Group = -100_200;
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(20);
    private readonly Stopwatch sinceFirstCall = new();
    private static readonly SendSlotRules Rules = new(30, 2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(250));

    [StoreFact]
    public async Task Two_processes_share_thirty_messages_a_second_and_the_thirty_first_waits_about_a_second()
    {
        StoreSet other = await Provider.OpenAsync();
        sinceFirstCall.Start();
        var slots = new List<SendSlot>();
        for (long chat = 1; chat <= 31; chat++)
        {
            slots.Add(await (chat % 2 == 0 ? other : Stores).SendSlots.ReserveAsync(new SendSlotRequest(chat, Bulk: false), Rules, None));
        }

        Assert.All(slots, slot => Assert.True(slot.Reserved || slot.Wait > TimeSpan.Zero));
        Assert.All(slots.Take(30), slot => Assert.True(slot.Wait < TimeSpan.FromSeconds(1), $"waits {slot.Wait}"));
        Assert.True(Later(slots[30]) >= TimeSpan.FromSeconds(1) - Tick, $"the 31st message waits only {slots[30].Wait}");
    }

    [StoreFact]
    public async Task A_second_message_to_a_chat_from_another_process_waits_the_chat_interval()
    {
        StoreSet other = await Provider.OpenAsync();
        sinceFirstCall.Start();

        SendSlot first = await Stores.SendSlots.ReserveAsync(new SendSlotRequest(7, Bulk: false), Rules, None);
        SendSlot second = await other.SendSlots.ReserveAsync(new SendSlotRequest(7, Bulk: false), Rules, None);
        SendSlot elsewhere = await other.SendSlots.ReserveAsync(new SendSlotRequest(8, Bulk: false), Rules, None);
        SendSlot edit = await other.SendSlots.ReserveAsync(new SendSlotRequest(7, Bulk: false, Edit: true), Rules, None);

        Assert.Equal(SendSlot.Now, first);
        Assert.True(Later(second) >= Rules.PrivateChatInterval - Tick, $"the second message waits only {second.Wait}");
        Assert.True(elsewhere.Reserved && elsewhere.Wait < Slack, $"another chat waits {elsewhere.Wait}");
        Assert.True(edit.Reserved && edit.Wait < Slack, $"an edit in the chat waits {edit.Wait}");
    }

    [StoreFact]
    public async Task A_group_gets_twenty_messages_a_minute()
    {
        StoreSet other = await Provider.OpenAsync();
        sinceFirstCall.Start();

        SendSlot first = await Stores.SendSlots.ReserveAsync(new SendSlotRequest(Group, Bulk: true), Rules, None);
        SendSlot second = await other.SendSlots.ReserveAsync(new SendSlotRequest(Group, Bulk: true), Rules, None);

        Assert.True(first.Reserved, "the first message to the group takes a slot");
        Assert.False(second.Reserved);
        Assert.True(Later(second) >= Rules.GroupChatInterval - Rules.BulkHorizon - Tick, $"the second message waits only {second.Wait}");
    }

    [StoreFact]
    public async Task While_a_broadcast_is_refused_an_interactive_reply_still_gets_a_slot_within_the_horizon()
    {
        StoreSet other = await Provider.OpenAsync();
        sinceFirstCall.Start();
        SendSlot bulk = SendSlot.Now;
        long chat = 1_000;
        for (; chat < 1_100 && bulk.Reserved; chat++)
        {
            bulk = await Stores.SendSlots.ReserveAsync(new SendSlotRequest(chat, Bulk: true), Rules, None);
        }

        SendSlot reply = await other.SendSlots.ReserveAsync(new SendSlotRequest(5, Bulk: false), Rules, None);

        Assert.False(bulk.Reserved, "the broadcast should have run out of slots");
        Assert.InRange(chat - 1_000 - 1, 2, Rules.BulkPerSecond); // reserved before the refusal
        Assert.True(reply.Reserved, "the reply takes a slot");
        Assert.True(reply.Wait <= Rules.BulkHorizon + Slack, $"the reply waits {reply.Wait}");
    }

    [StoreFact]
    public async Task A_429_pause_written_by_one_process_is_honoured_by_the_other()
    {
        StoreSet other = await Provider.OpenAsync();
        sinceFirstCall.Start();

        await other.SendSlots.PauseAsync(9, TimeSpan.FromSeconds(5), None);
        SendSlot paused = await Stores.SendSlots.ReserveAsync(new SendSlotRequest(9, Bulk: false), Rules, None);
        SendSlot free = await Stores.SendSlots.ReserveAsync(new SendSlotRequest(10, Bulk: false), Rules, None);
        await other.SendSlots.PauseAsync(null, TimeSpan.FromSeconds(3), None);
        SendSlot all = await Stores.SendSlots.ReserveAsync(new SendSlotRequest(11, Bulk: false), Rules, None);

        Assert.True(Later(paused) >= TimeSpan.FromSeconds(5) - Tick, $"the paused chat waits only {paused.Wait}");
        Assert.True(free.Reserved && free.Wait < Slack, $"another chat waits {free.Wait}");
        Assert.True(Later(all) >= TimeSpan.FromSeconds(3) - Tick, $"a pause of the bot holds only {all.Wait}");
    }

    /// <summary>How long after the test's first call the slot comes (an upper bound of it on the database's clock).</summary>
    private TimeSpan Later(SendSlot slot) => sinceFirstCall.Elapsed + slot.Wait;
}
