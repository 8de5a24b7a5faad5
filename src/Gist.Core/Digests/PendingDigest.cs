namespace Gist.Core.Digests;

/// <summary>
/// A scheduled digest written down before its first message was sent: its rendered messages, the end of its
/// window, and how many of the messages are settled (Telegram accepted them, or they were settled as uncertain).
/// </summary>
/// <param name="MessageIds">The ids Telegram gave the messages it confirmed, in order (none for an uncertain one).</param>
/// <param name="SendingPart">The message whose send began (<see cref="SendingBy"/>, at <see cref="SendingSince"/>)
/// and was neither confirmed nor refused: its instance died or lost the connection in the middle of it. Null when none.</param>
/// <param name="UncertainParts">Messages settled without knowing whether Telegram accepted them (never sent again).</param>
public sealed record PendingDigest(
    long ChatId,
    DateOnly LocalDate,
    DateTimeOffset Through,
    IReadOnlyList<string> Parts,
    int PartsSent,
    IReadOnlyList<int> MessageIds,
    int? SendingPart,
    string? SendingBy,
    DateTimeOffset? SendingSince,
    IReadOnlyList<int> UncertainParts);
