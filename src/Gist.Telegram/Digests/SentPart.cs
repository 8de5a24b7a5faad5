namespace Gist.Telegram.Digests;

/// <summary>The outcome of one digest message's send, and the id Telegram gave it when it was sent.</summary>
public readonly record struct SentPart(PartOutcome Outcome, int MessageId = 0)
{
    public static SentPart Refused { get; } = new(PartOutcome.Refused);

    public static SentPart Fenced { get; } = new(PartOutcome.Fenced);
}
