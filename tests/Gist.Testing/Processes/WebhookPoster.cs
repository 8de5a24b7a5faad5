using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Gist.Testing.BotApi;

namespace Gist.Testing.Processes;

/// <summary>What Telegram does in webhook mode: POST one update as JSON to an instance, with the secret header.</summary>
public sealed class WebhookPoster(string secret) : IDisposable
{
    /// <summary>The webhook's path on the bot's listener.</summary>
    public const string Path = "/telegram/updates";

    /// <summary>The header Telegram sends setWebhook's secret_token in.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The update as Telegram POSTs it: the update_id and the message built by the fake Bot API.</summary>
    public static string Json(EnqueuedUpdate update) =>
        new JsonObject { ["update_id"] = update.UpdateId, ["message"] = update.Json.DeepClone() }.ToJsonString();

    /// <summary>The instance's answer; an instance that is down throws HttpRequestException (connection refused).</summary>
    public async Task<HttpStatusCode> PostAsync(string listenUrl, string json, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(listenUrl + Path))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(SecretHeader, secret);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    public void Dispose() => http.Dispose();
}
