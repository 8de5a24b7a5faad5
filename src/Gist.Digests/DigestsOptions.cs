using System.ComponentModel.DataAnnotations;

namespace Gist.Digests;

/// <summary>Configuration section "Digests": polling, clustering and delivery of the daily digests.</summary>
public sealed class DigestsOptions
{
    public const string SectionName = "Digests";

    /// <summary>Time between two polls of a feed that answers normally.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Longest wait after repeated failures (the backoff doubles up to this).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often the poller and the digest scheduler look for due work.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Feeds polled at once.</summary>
    [Range(1, 64)]
    public int PollConcurrency { get; set; } = 4;

    /// <summary>Items summarized at once (each is one model call at most, shared by every subscriber).</summary>
    [Range(1, 64)]
    public int SummaryConcurrency { get; set; } = 4;

    /// <summary>Item text shorter than this (in characters) is a teaser: the article is read from the item's link.</summary>
    [Range(0, 100_000)]
    public int TeaserCharacters { get; set; } = 400;

    /// <summary>Most items in one digest (the newest are kept).</summary>
    [Range(1, 1000)]
    public int MaxItemsPerDigest { get; set; } = 150;

    [Range(1, 500)]
    public int MaxSubscriptionsPerChat { get; set; } = 100;

    /// <summary>Digest time for a chat that has not chosen one.</summary>
    public TimeOnly DefaultDigestTime { get; set; } = new(8, 0);

    /// <summary>Time zone for a chat that has not chosen one (IANA id).</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Two items are one story when their combined similarity reaches this (0–1).</summary>
    [Range(0.05, 0.95)]
    public double StoryThreshold { get; set; } = 0.33;

    /// <summary>Publication times further apart than this add nothing to the similarity of two items.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan StoryTimeWindow { get; set; } = TimeSpan.FromHours(48);

    /// <summary>
    /// Two articles whose own dates (date line, page metadata) are further apart than this report different events,
    /// and are never one story, however alike their words.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan StoryEventGap { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// Where public channels' web previews are read (<c>{this}/s/{name}</c>): Telegram's own site, or a local server in
    /// tests. Fetched through the same safe fetcher as links.
    /// </summary>
    [Required]
    [Url]
    public string ChannelPreviewBaseUrl { get; set; } = "https://t.me";

    /// <summary>On a channel's first read, its preview is paged back (<c>?before=</c>) to posts this old.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan ChannelPageBack { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Subscribers whose digest is built per scheduler tick.</summary>
    [Range(1, 100_000)]
    public int ClaimBatch { get; set; } = 200;

    /// <summary>How long a claimed subscriber stays reserved to one run (a crashed run is retried after it).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "06:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(15);
}
