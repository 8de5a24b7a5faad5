using Gist.Core.Storage;

namespace Gist.Storage.Tests.Contract;

/// <summary>Every store over one opened database, as one process of the bot holds them.</summary>
public sealed class StoreSet(IDisposable database) : IDisposable
{
    public required IUpdateInbox Inbox { get; init; }

    /// <summary>The inbox's pruning (not part of <see cref="IUpdateInbox"/>: only maintenance calls it).</summary>
    public required Func<TimeSpan, Task<int>> PruneInbox { get; init; }

    public required IResultCache Results { get; init; }

    /// <summary>This process's hold on result keys (shared with every process on PostgreSQL).</summary>
    public required IResultLock ResultLock { get; init; }

    public required IUserRateStore UserRates { get; init; }

    public required ISendSlotStore SendSlots { get; init; }

    public required IArticleStore Articles { get; init; }

    public required IArticleReplyStore ArticleReplies { get; init; }

    public required IChatSettingsStore ChatSettings { get; init; }

    public required IUsageStore Usage { get; init; }

    public required IModelRerunStore Reruns { get; init; }

    public required IUserQuotaStore Quotas { get; init; }

    public required IReplyProgressStore ReplyProgress { get; init; }

    public required IQuotaChargeStore Charges { get; init; }

    public required IFeedStore Feeds { get; init; }

    public required ISubscriptionStore Subscriptions { get; init; }

    public required ISubscriberStore Subscribers { get; init; }

    public required IPendingDigestStore PendingDigests { get; init; }

    public required ISnapshotStore Snapshots { get; init; }

    /// <summary>This process's hold on polling Telegram.</summary>
    public required IPollingLease PollingLease { get; init; }

    /// <summary>Closes the database as a process exit would.</summary>
    public void Dispose() => database.Dispose();
}
