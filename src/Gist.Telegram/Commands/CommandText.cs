namespace Gist.Telegram.Commands;

/// <summary>
/// A bot command at the start of a message: "/name", "/name args" or "/name@BotName args"
/// (https://core.telegram.org/bots/features#commands). A command addressed to another bot is not ours.
/// </summary>
public sealed record CommandText(string Name, string Arguments)
{
    public static CommandText? Parse(string text, string botUsername)
    {
        if (text.Length < 2 || text[0] != '/')
        {
            return null;
        }

        var end = 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var head = text[1..end];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            if (!string.Equals(head[(at + 1)..], botUsername, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            head = head[..at];
        }

        return head.Length == 0 ? null : new CommandText(head.ToLowerInvariant(), text[end..].Trim());
    }
}
