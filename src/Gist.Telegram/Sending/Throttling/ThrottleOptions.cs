using System.ComponentModel.DataAnnotations;
using Gist.Core.Storage;

namespace Gist.Telegram.Sending.Throttling;

/// <summary>
/// Configuration section "Throttle": Telegram's flood limits (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this):
/// about 30 messages per second in total, one per second in a private chat, 20 per minute in a group.
/// </summary>
public sealed class ThrottleOptions
{
    public const string SectionName = "Throttle";

    [Range(1, 1000)]
    public int MessagesPerSecond { get; set; } = 30;

    /// <summary>
    /// Of <see cref="MessagesPerSecond"/>, how many bulk sends never take: kept free for interactive replies (a reply
    /// is a placeholder and its edit). Bulk also yields to any interactive send that is waiting, so a small reserve
    /// suffices. A broadcast keeps 29 of 30 messages a second: several instances sharing the schedule lose a little of
    /// it to the gaps between their sends (measured 26.6–27.6 a second at 28 on a loaded 2-core machine).
    /// </summary>
    [Range(0, 999)]
    public int InteractiveReserve { get; set; } = 1;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan PrivateChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>20 per minute in a group: one every 3 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan GroupChatInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>"typing…" refreshes per second across all chats; over it a refresh is skipped (see <see cref="ChatActionBudget"/>).</summary>
    [Range(1, 1000)]
    public int ChatActionsPerSecond { get; set; } = 10;

    /// <summary>
    /// How far ahead a broadcast message may reserve its slot in the schedule the instances share on PostgreSQL: the
    /// longest an interactive reply waits for slots that broadcasts have already taken.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan BulkHorizon { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a send waits for the shared slot store (PostgreSQL) to answer; past it (or on an error) the instance
    /// paces itself in-process and asks the database again every few seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan SlotStoreTimeout { get; set; } = TimeSpan.FromSeconds(2);

    public SendSlotRules ToRules() => new(MessagesPerSecond, InteractiveReserve, PrivateChatInterval, GroupChatInterval, BulkHorizon);
}
