namespace Gist.Telegram.Processing;

/// <summary>
/// Whether a message asks something of the bot. In a private chat every message does; in a group only a
/// mention or a reply to the bot (commands are matched by their own handlers), as privacy mode implies
/// (https://core.telegram.org/bots/features#privacy-mode).
/// </summary>
public static class Addressing
{
    public static bool IsForBot(UpdateContext context) =>
        context.Message is not null
        && (!context.IsGroup || context.Explicit || context.Bot.IsMentionedIn(context.Text) || IsReplyToBot(context));

    public static bool IsReplyToBot(UpdateContext context) =>
        context.Message?.ReplyToMessage?.From?.Id == context.Bot.Id;

    /// <summary>The text without the bot's @mention.</summary>
    public static string TextWithoutMention(UpdateContext context) =>
        context.Bot.Username.Length == 0
            ? context.Text
            : context.Text.Replace('@' + context.Bot.Username, "", StringComparison.OrdinalIgnoreCase).Trim();
}
