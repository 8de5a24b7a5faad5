namespace Gist.Testing.BotApi;

/// <summary>Telegram's flood limits as the FAQ states them (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this):
/// about one message per second per chat (short bursts tolerated), 20 per minute per group, about 30 per second
/// overall. Each is a token bucket: <c>Burst</c> tokens, refilled at the rate.</summary>
public sealed record RateLimitOptions
{
    public double PerChatPerSecond { get; init; } = 1;

    public int PerChatBurst { get; init; } = 3;

    public double PerGroupPerMinute { get; init; } = 20;

    public int PerGroupBurst { get; init; } = 20;

    public double GlobalPerSecond { get; init; } = 30;

    public int GlobalBurst { get; init; } = 30;
}
