using System.ComponentModel.DataAnnotations;

namespace Gist.Telegram;

/// <summary>Configuration section "Telegram".</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The token BotFather gave (Telegram__BotToken). Never logged.</summary>
    [Required(ErrorMessage = "Telegram__BotToken is missing: set it to the token BotFather gave you.")]
    [RegularExpression(@"^\d+:[A-Za-z0-9_-]{10,}$", ErrorMessage = "Telegram__BotToken does not look like a bot token (expected '123456:ABC...').")]
    public string BotToken { get; set; } = "";

    /// <summary>Bot API server (Telegram__ApiBaseUrl): the official API, a self-hosted Bot API server or a local test server.</summary>
    [Required]
    [Url(ErrorMessage = "Telegram__ApiBaseUrl must be an absolute http(s) URL.")]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Long-polling timeout of getUpdates, in seconds (https://core.telegram.org/bots/api#getupdates).</summary>
    [Range(0, 50)]
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>How many updates are processed at once (each chat still one at a time, in order).</summary>
    [Range(1, 1024)]
    public int MaxParallelUpdates { get; set; } = 64;

    /// <summary>Links fetched from one message at most.</summary>
    [Range(1, 10)]
    public int MaxLinksPerMessage { get; set; } = 3;

    /// <summary>Pasted text longer than this (in characters) is refused with a clear reply.</summary>
    [Range(100, 1_000_000)]
    public int MaxTextLength { get; set; } = 60_000;

    /// <summary>Documents larger than this are refused (Telegram lets bots download up to 20 MB).</summary>
    [Range(1, 20 * 1024 * 1024)]
    public int MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Pasted text shorter than this is treated as a question or a remark, not an article.</summary>
    [Range(1, 10_000)]
    public int MinArticleLength { get; set; } = 200;
}
