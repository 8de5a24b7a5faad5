using System.ComponentModel.DataAnnotations;
using Gist.Telegram.Receiving;

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

    /// <summary>How updates arrive (Telegram__Mode): <c>Polling</c> (getUpdates, the default) or <c>Webhook</c>.</summary>
    public ReceivingMode Mode { get; set; } = ReceivingMode.Polling;

    /// <summary>
    /// Webhook mode: the public address Telegram POSTs updates to (Telegram__WebhookUrl; setWebhook <c>url</c>).
    /// https, except with a Bot API server other than Telegram's own (see <see cref="WebhookOptionsValidator"/>).
    /// The bot's listener serves its path.
    /// </summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// Webhook mode: setWebhook <c>secret_token</c> (Telegram__WebhookSecret), 1-256 of A-Z a-z 0-9 _ -; Telegram
    /// sends it back in X-Telegram-Bot-Api-Secret-Token and any call without it is refused. Never logged.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where the bot's own HTTP listener binds (Telegram__WebhookListenUrl), plain http behind the
    /// TLS-terminating proxy or ingress that WebhookUrl points at; it also serves /healthz, /readyz and /metrics. In
    /// polling mode the listener runs only when this is set explicitly.</summary>
    public string WebhookListenUrl { get; set; } = "http://0.0.0.0:8080";

    /// <summary>Long-polling timeout of getUpdates, in seconds (https://core.telegram.org/bots/api#getupdates).</summary>
    [Range(0, 50)]
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>How many updates are processed at once (each chat still one at a time, in order).</summary>
    [Range(1, 1024)]
    public int MaxParallelUpdates { get; set; } = 64;

    /// <summary>
    /// Longest the work on one update may take (Telegram__UpdateTimeoutSeconds): past it the work is cancelled all the
    /// way down and the user told so. Above the model's own overall timeout (300 s), so its labelled fallback comes first.
    /// </summary>
    [Range(5, 3600)]
    public int UpdateTimeoutSeconds { get; set; } = 360;

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
