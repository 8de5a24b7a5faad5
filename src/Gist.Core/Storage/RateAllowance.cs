namespace Gist.Core.Storage;

/// <summary>A token bucket's shape: <see cref="Burst"/> messages at once, then one more per <see cref="Refill"/>.</summary>
public sealed record RateAllowance(int Burst, TimeSpan Refill);
