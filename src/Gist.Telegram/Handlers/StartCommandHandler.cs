using Gist.Telegram.Sending;

namespace Gist.Telegram.Handlers;

/// <summary>/start: the same few lines as /help.</summary>
public sealed class StartCommandHandler(ReplySender replies) : HelpCommandHandler(replies)
{
    protected override string Command => "start";
}
