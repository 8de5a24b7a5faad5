namespace Gist.Telegram.Handlers;

/// <summary>Where a handler stands among the others; features registered elsewhere (digests) slot in by number.</summary>
public static class HandlerOrder
{
    /// <summary>Commands and inline buttons: matched by their exact name or callback prefix.</summary>
    public const int Commands = 100;

    /// <summary>A command no handler claimed.</summary>
    public const int UnknownCommand = 200;

    /// <summary>Special content (a file of a particular kind) that must be seen before the general handlers.</summary>
    public const int SpecialContent = 300;

    /// <summary>Articles: follow-up questions, documents, forwarded posts, links, pasted text.</summary>
    public const int Content = 400;

    /// <summary>Anything addressed to the bot that nothing else took.</summary>
    public const int CatchAll = 1000;
}
