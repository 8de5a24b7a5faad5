namespace Gist.Core.Digests;

/// <summary>A chat that receives digests: when, in which time zone, and what was sent last.</summary>
/// <param name="TimeZoneId">An IANA zone ("Asia/Riyadh") or a fixed offset ("UTC+03:00").</param>
/// <param name="DigestTime">The local time of day the digest is due.</param>
/// <param name="NextDigestAt">The next due instant, computed in the zone (see the scheduler).</param>
/// <param name="LastDigestThrough">Items first seen up to this instant were in the last digest.</param>
/// <param name="PausedReason">Set when delivery stopped for good (the user blocked the bot); null when active.</param>
/// <param name="IncludeReading">Add a "your reading" section with the articles the chat sent that day.</param>
public sealed record Subscriber(
    long ChatId,
    string TimeZoneId,
    TimeOnly DigestTime,
    DateTimeOffset NextDigestAt,
    DateTimeOffset? LastDigestThrough,
    string? PausedReason,
    bool IncludeReading);
