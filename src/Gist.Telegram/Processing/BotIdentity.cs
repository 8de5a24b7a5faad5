namespace Gist.Telegram.Processing;

/// <summary>Who the bot is (from getMe), to recognise mentions, commands and replies addressed to it.</summary>
public sealed record BotIdentity(long Id, string Username)
{
    public bool IsMentionedIn(string text) =>
        Username.Length > 0 && text.Contains('@' + Username, StringComparison.OrdinalIgnoreCase);
}
