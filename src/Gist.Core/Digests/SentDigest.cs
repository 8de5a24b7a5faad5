namespace Gist.Core.Digests;

/// <summary>
/// The record of a digest delivered for one local date: how many messages it had, and how many of them were
/// settled as uncertain (their send was cut off by a dying instance and, by the at-most-once rule, not repeated).
/// </summary>
public sealed record SentDigest(long ChatId, DateOnly LocalDate, int Messages, int UncertainParts, DateTimeOffset SentAt);
