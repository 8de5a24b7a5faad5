using Gist.Telegram.Commands;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;

namespace Gist.Telegram.Handlers;

/// <summary>
/// /summarize — in reply to a message (a post, a link, a file), or followed by text or a link. The way to use the
/// bot in a group with privacy mode on.
/// </summary>
public sealed class SummarizeCommandHandler(IServiceProvider services, ReplySender replies) : CommandHandler
{
    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("summarize", "Summarize the message you reply to", 20, costsModelCall: true, group: HelpGroup.Article);

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        var message = context.Message!;
        var target = command.Arguments.Length > 0 ? WithoutCommand(message, command.Arguments) : message.ReplyToMessage;
        if (target is null)
        {
            await replies.SayAsync("Use /summarize in reply to a message with an article, a link or a file, or write the text or link after the command.", cancellationToken);
            return;
        }

        var inner = new UpdateContext
        {
            Update = new Update { Id = context.Update.Id, Message = target },
            Item = context.Item,
            Settings = context.Settings,
            Bot = context.Bot,
            Explicit = true,
        };

        // The same handlers as for a message sent to the bot directly, except commands and follow-up questions.
        var handler = services.GetServices<IInputHandler>()
            .Where(h => h.Description.Order >= HandlerOrder.SpecialContent && h.Description.Order < HandlerOrder.CatchAll && h is not FollowUpQuestionHandler)
            .OrderBy(h => h.Description.Order)
            .FirstOrDefault(h => h.CanHandle(inner));
        if (handler is null)
        {
            await replies.SayAsync("That message has no text, link or file I can summarize.", cancellationToken);
            return;
        }

        replies.ReplyToMessageId = message.MessageId;
        await handler.HandleAsync(inner, cancellationToken);
    }

    /// <summary>The command's message with the "/summarize" prefix cut, entity offsets shifted to match.</summary>
    private static Message WithoutCommand(Message message, string arguments)
    {
        var text = message.Text!;
        var start = text.IndexOf(arguments, StringComparison.Ordinal);
        return new Message
        {
            Id = message.Id,
            Chat = message.Chat,
            From = message.From,
            Date = message.Date,
            Text = arguments,
            Entities = message.Entities?
                .Where(e => e.Offset >= start)
                .Select(e => new MessageEntity { Type = e.Type, Offset = e.Offset - start, Length = e.Length, Url = e.Url })
                .ToArray(),
        };
    }
}
