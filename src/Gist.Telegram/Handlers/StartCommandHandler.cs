using Gist.Telegram.Commands;
using Gist.Telegram.Sending;

namespace Gist.Telegram.Handlers;

/// <summary>/start: the same few lines as /help.</summary>
public sealed class StartCommandHandler(ReplySender replies, CommandMenu menu) : HelpCommandHandler(replies, menu)
{
    public override HandlerDescription Description { get; } = HandlerDescription.HiddenCommand("start");
}
