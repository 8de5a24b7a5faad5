namespace Gist.Telegram.Receiving;

/// <summary>How updates reach the bot (Telegram:Mode). Both write to the same durable inbox.</summary>
public enum ReceivingMode
{
    /// <summary>getUpdates long polling (https://core.telegram.org/bots/api#getupdates); the default.</summary>
    Polling,

    /// <summary>Telegram POSTs each update to Telegram:WebhookUrl (https://core.telegram.org/bots/api#setwebhook).</summary>
    Webhook,
}
