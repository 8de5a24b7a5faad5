namespace Gist.Telegram.Web;

/// <summary>
/// Configuration section "Web": the bot's public web address. When set, the bot's HTTP listener (the webhook
/// listener, bound to Telegram__WebhookListenUrl) runs in polling mode too, and serves the Mini App.
/// </summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>
    /// The public address the bot's listener is reached at (Web__PublicUrl), e.g. https://bot.example.com. The Mini
    /// App is served under /app/ there; its "Open" buttons and the menu button appear only when it is https (Telegram
    /// opens Mini Apps over https only).
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>True when the public address is https, the only kind Telegram opens a Mini App from.</summary>
    public bool HasHttpsPublicUrl =>
        Uri.TryCreate(PublicUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps;
}
