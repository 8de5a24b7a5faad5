namespace Gist.Testing.BotApi;

/// <summary>What the method handlers share: the record, the bot's identity, the clock and the flood limits.</summary>
internal sealed class BotApiContext(FakeBotApiState state, FakeUser bot, TelegramRateLimiter limiter)
{
    public FakeBotApiState State { get; } = state;

    public FakeUser Bot { get; } = bot;

    public bool RateLimitsEnabled { get; set; }

    public DateTimeOffset Now => State.Time.GetUtcNow();

    /// <summary>Refuses with 429 and retry_after when sending to <paramref name="chatId"/> now would exceed the limits.</summary>
    public void CheckRate(long chatId)
    {
        if (RateLimitsEnabled && limiter.TryAcquire(chatId) is { } retryAfter)
        {
            throw BotApiException.TooManyRequests(retryAfter);
        }
    }
}
