namespace Gist.Telegram.Digests;

/// <summary>How one digest message's send ended.</summary>
public enum PartOutcome
{
    /// <summary>Telegram accepted it.</summary>
    Sent,

    /// <summary>The chat refuses the bot (blocked, or gone): nothing more is sent to it.</summary>
    Refused,

    /// <summary>Not sent: this instance no longer holds the subscriber's claim, or another send of it is in progress.</summary>
    Fenced,
}
