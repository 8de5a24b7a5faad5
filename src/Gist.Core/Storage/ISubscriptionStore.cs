using Gist.Core.Digests;

namespace Gist.Core.Storage;

/// <summary>Which chat reads which feed, with keyword filters.</summary>
public interface ISubscriptionStore
{
    /// <summary>Subscribes; returns the subscription and whether it is new.</summary>
    Task<(Subscription Subscription, bool Created)> AddAsync(long chatId, long feedId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ListAsync(long chatId, CancellationToken cancellationToken);

    /// <summary>Removes one of the chat's subscriptions; false when it has no such subscription.</summary>
    Task<bool> RemoveAsync(long chatId, long subscriptionId, CancellationToken cancellationToken);

    /// <summary>Sets the include/exclude words of one of the chat's subscriptions; false when it has no such subscription.</summary>
    Task<bool> SetFiltersAsync(long chatId, long subscriptionId, string includeWords, string excludeWords, CancellationToken cancellationToken);
}
