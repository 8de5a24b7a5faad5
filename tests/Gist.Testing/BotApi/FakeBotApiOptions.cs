namespace Gist.Testing.BotApi;

/// <summary>How a <see cref="FakeBotApiServer"/> starts. Everything can be left at its default.</summary>
public sealed record FakeBotApiOptions
{
    /// <summary>The token the bot must use; any other gets 401 Unauthorized. The part before ':' is the bot's user id.</summary>
    public string Token { get; init; } = "7000000001:AAF-fake-token-for-tests-0123456789ab";

    public string BotUsername { get; init; } = "GistTestBot";

    public string BotFirstName { get; init; } = "Gist";

    /// <summary>Start with Telegram's flood limits enforced (429 + retry_after). Can be switched at run time.</summary>
    public bool EnforceRateLimits { get; init; }

    public RateLimitOptions RateLimits { get; init; } = new();

    /// <summary>Unknown chats answer "chat not found" (see <see cref="FakeBotApiState.RequireKnownChats"/>).</summary>
    public bool RequireKnownChats { get; init; }

    /// <summary>The clock for message dates and rate limits (a FakeTimeProvider makes limits deterministic).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal long BotId => long.TryParse(Token.Split(':')[0], out var id) ? id : 7000000001;
}
