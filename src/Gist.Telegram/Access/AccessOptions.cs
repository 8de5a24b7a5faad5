using System.ComponentModel.DataAnnotations;

namespace Gist.Telegram.Access;

/// <summary>Configuration section "Access": who may use the bot, how fast, and how many model calls a day.</summary>
public sealed class AccessOptions
{
    public const string SectionName = "Access";

    /// <summary>Allowlist mode (Access__AllowedUserIds__0=…): when this or <see cref="AllowedChatIds"/> is set, only these users…</summary>
    public List<long> AllowedUserIds { get; set; } = [];

    /// <summary>…and everyone in these chats (a group's id is negative) may use the bot.</summary>
    public List<long> AllowedChatIds { get; set; } = [];

    /// <summary>Users who may use /stats and /quota; always allowed, never rate-limited or held to a quota.</summary>
    public List<long> AdminUserIds { get; set; } = [];

    /// <summary>Messages a user may send in a burst before the rate limit applies.</summary>
    [Range(1, 10_000)]
    public int BurstMessages { get; set; } = 5;

    /// <summary>Messages a user may send per minute, sustained (the bucket refills at this rate).</summary>
    [Range(1, 10_000)]
    public int MessagesPerMinute { get; set; } = 12;

    /// <summary>
    /// Requests answered with the model, per user per UTC day (admins can change it per user with /quota). A request
    /// counts once however many model calls it took; one answered from the result cache or offline is free.
    /// </summary>
    [Range(0, 1_000_000)]
    public int DailyModelCalls { get; set; } = 100;

    public bool IsAllowlistMode => AllowedUserIds.Count > 0 || AllowedChatIds.Count > 0;
}
