using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Receiving;

/// <summary>
/// The webhook settings, checked at start in Webhook mode (ignored in Polling mode). Errors name the setting and
/// never quote the secret. Telegram itself only calls https addresses on ports 443, 80, 88 or 8443
/// (https://core.telegram.org/bots/api#setwebhook); plain http is accepted only when Telegram:ApiBaseUrl is not
/// Telegram's own server (a local Bot API server or a test fake calls whatever address it is given).
/// </summary>
public sealed partial class WebhookOptionsValidator : IValidateOptions<TelegramOptions>
{
    public const string TelegramApiHost = "api.telegram.org";

    private static readonly int[] TelegramWebhookPorts = [443, 80, 88, 8443];

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        if (!Enum.IsDefined(options.Mode))
        {
            return ValidateOptionsResult.Fail("Telegram__Mode must be Polling or Webhook.");
        }

        if (options.Mode != ReceivingMode.Webhook)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        CheckPublicUrl(options, errors);
        if (string.IsNullOrEmpty(options.WebhookSecret))
        {
            errors.Add("Telegram__WebhookSecret is missing: Webhook mode needs a secret of 1-256 characters A-Z a-z 0-9 _ -.");
        }
        else if (!SecretPattern().IsMatch(options.WebhookSecret))
        {
            errors.Add("Telegram__WebhookSecret must be 1-256 characters, only A-Z a-z 0-9 _ - (Bot API secret_token).");
        }

        if (!Uri.TryCreate(options.WebhookListenUrl, UriKind.Absolute, out var listen)
            || listen.Scheme != Uri.UriSchemeHttp
            || listen.AbsolutePath != "/"
            || !string.IsNullOrEmpty(listen.Query))
        {
            errors.Add("Telegram__WebhookListenUrl must be an http address with a host and port only, e.g. http://0.0.0.0:8080 " +
                "(TLS ends at the proxy WebhookUrl points at; the path comes from WebhookUrl).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static bool IsTelegramApi(string apiBaseUrl) =>
        Uri.TryCreate(apiBaseUrl, UriKind.Absolute, out var api)
        && string.Equals(api.Host, TelegramApiHost, StringComparison.OrdinalIgnoreCase);

    private static void CheckPublicUrl(TelegramOptions options, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(options.WebhookUrl))
        {
            errors.Add("Telegram__WebhookUrl is missing: Webhook mode needs the public https address Telegram will POST updates to.");
            return;
        }

        if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(url.Fragment))
        {
            errors.Add("Telegram__WebhookUrl must be an absolute https address, e.g. https://bot.example.com/telegram.");
            return;
        }

        var telegram = IsTelegramApi(options.ApiBaseUrl);
        if (url.Scheme != Uri.UriSchemeHttps && telegram)
        {
            errors.Add("Telegram__WebhookUrl must be https: Telegram only calls webhooks over TLS " +
                "(plain http is accepted only with a local Bot API server in Telegram__ApiBaseUrl).");
        }
        else if (telegram && !TelegramWebhookPorts.Contains(url.Port))
        {
            errors.Add($"Telegram__WebhookUrl uses port {url.Port}; Telegram calls webhooks only on ports 443, 80, 88 or 8443.");
        }
    }

    /// <summary>setWebhook secret_token: "1-256 characters. Only characters A-Z, a-z, 0-9, _ and - are allowed."</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
