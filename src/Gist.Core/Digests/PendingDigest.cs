namespace Gist.Core.Digests;

/// <summary>
/// A scheduled digest written down before its first message was sent: its rendered messages, the end of its
/// window, and how many of the messages Telegram has already accepted.
/// </summary>
public sealed record PendingDigest(
    long ChatId,
    DateOnly LocalDate,
    DateTimeOffset Through,
    IReadOnlyList<string> Parts,
    int PartsSent,
    IReadOnlyList<int> MessageIds);
