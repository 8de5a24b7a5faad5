using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gist.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Gist.Telegram.Receiving;

/// <summary>
/// One webhook call from Telegram (https://core.telegram.org/bots/api#setwebhook): the secret header is checked in
/// constant time, the body read as an Update and written to the durable inbox; 200 only after that write, so a
/// failure (any non-2xx answer) makes Telegram deliver the update again and nothing accepted is lost.
/// </summary>
public sealed class WebhookEndpoint
{
    /// <summary>The header Telegram sends setWebhook's secret_token in.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>An update is a few KB (a message is at most 4096 characters plus entities); 1 MB is far above any.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    private readonly InboxWriter writer;
    private readonly ILogger<WebhookEndpoint> logger;
    private readonly byte[] expectedSecretHash;
    private readonly RefusalLog refusals = new();
    private readonly RefusalLog outages = new();

    public WebhookEndpoint(InboxWriter writer, IOptions<TelegramOptions> options, ILogger<WebhookEndpoint> logger)
    {
        this.writer = writer;
        this.logger = logger;
        expectedSecretHash = Hash(options.Value.WebhookSecret ?? throw new InvalidOperationException("Telegram__WebhookSecret is missing."));
    }

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        if (!HasSecret(http.Request))
        {
            // Neither the expected secret nor what was sent: only who called, and at most once a minute.
            if (refusals.TryLog(out var suppressed))
            {
                logger.LogWarning("Webhook call from {Remote} refused: missing or wrong {Header} ({Suppressed} more refused since the last warning)",
                    http.Connection.RemoteIpAddress, SecretHeader, suppressed);
            }

            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            logger.LogWarning("Webhook body of {Length} bytes refused (limit {Limit})", http.Request.ContentLength, MaxBodyBytes);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, http.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's body size limit (chunked bodies have no Content-Length) or a truncated body.
            logger.LogWarning("Webhook body refused: {Reason}", ex.Message);
            return Results.StatusCode(ex.StatusCode);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or FormatException or ArgumentException or InvalidOperationException)
        {
            logger.LogWarning("Webhook body is not a Telegram update: {Reason}", ex.Message);
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        if (update is null || update.Id <= 0)
        {
            logger.LogWarning("Webhook body is not a Telegram update: no update_id");
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        try
        {
            var added = await writer.StoreAsync([update], http.RequestAborted);
            logger.LogDebug("Webhook update {UpdateId} stored ({State})", update.Id, added > 0 ? "new" : "already in the inbox");
            return Results.Ok();
        }
        catch (StorageUnavailableException ex)
        {
            // The database is restarting or failing over: 503 makes Telegram deliver the update again later.
            if (outages.TryLog(out var suppressed))
            {
                logger.LogWarning("Webhook updates refused with 503 while the inbox cannot be written ({Suppressed} more since the last warning): {Reason}",
                    suppressed, ex.Message);
            }

            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception ex)
        {
            // Not 200: Telegram keeps the update and calls again.
            logger.LogError(ex, "Webhook update {UpdateId} could not be stored; answering 500 so Telegram retries", update.Id);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>Compares SHA-256 digests in constant time, so neither the content nor the length of the secret leaks
    /// through response timing.</summary>
    private bool HasSecret(HttpRequest request)
    {
        var sent = request.Headers[SecretHeader];
        return sent.Count == 1 && CryptographicOperations.FixedTimeEquals(Hash(sent[0] ?? ""), expectedSecretHash);
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
