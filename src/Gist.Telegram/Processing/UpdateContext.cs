using Gist.Core.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Gist.Telegram.Processing;

/// <summary>One update being handled, with what every handler needs to know about it.</summary>
public sealed class UpdateContext
{
    public required Update Update { get; init; }

    public required InboxItem Item { get; init; }

    public required ChatSettings Settings { get; init; }

    public required BotIdentity Bot { get; init; }

    /// <summary>Set when the user asked explicitly (/summarize): the message counts as addressed to the bot.</summary>
    public bool Explicit { get; init; }

    public Message? Message => Update.Message;

    public long ChatId => Item.ChatId;

    public bool IsGroup => Message?.Chat.Type is ChatType.Group or ChatType.Supergroup;

    /// <summary>The message's text or its caption (a forwarded photo post has a caption).</summary>
    public string Text => Message?.Text ?? Message?.Caption ?? "";

    /// <summary>The entities of <see cref="Text"/>: in <c>entities</c> or <c>caption_entities</c>.</summary>
    public MessageEntity[] Entities => (Message?.Text is not null ? Message.Entities : Message?.CaptionEntities) ?? [];
}
