using Gist.Core.Digests;

namespace Gist.Digests.Subscriptions;

/// <summary>What /subscribe did: the feed, whether the subscription is new, and the feed's latest items.</summary>
public sealed record SubscribeResult(Subscription Subscription, bool Created, IReadOnlyList<FeedItemRecord> Latest);
