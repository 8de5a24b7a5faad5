using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gist.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Gist.Testing.BotApi;

/// <summary>
/// An in-process fake of the Telegram Bot API (https://core.telegram.org/bots/api) on 127.0.0.1 with a free port.
/// Point Telegram.Bot at <see cref="BaseUrl"/> with <see cref="Token"/>; build updates with <see cref="Updates"/>;
/// read what the bot did from <see cref="State"/>. Thread-safe; lives as long as the test needs it.
/// </summary>
public sealed class FakeBotApiServer : IAsyncDisposable
{
    private readonly LoopbackHost host;
    private readonly BotApiContext context;
    private readonly BotApiRouter router;

    private FakeBotApiServer(LoopbackHost host, FakeBotApiOptions options, BotApiContext context)
    {
        this.host = host;
        this.context = context;
        router = new BotApiRouter(context);
        Token = options.Token;
        Bot = context.Bot;
        State = context.State;
        Updates = new UpdateFactory(context);
    }

    /// <summary>Scheme, host and port, e.g. <c>http://127.0.0.1:41234</c> (Telegram.Bot's baseUrl, Telegram__ApiBaseUrl).</summary>
    public string BaseUrl => this.host.BaseUrl;

    public string Token { get; }

    /// <summary>The bot's own user (getMe; the <c>from</c> of its messages).</summary>
    public FakeUser Bot { get; }

    public FakeBotApiState State { get; }

    /// <summary>Builds realistic updates and puts them in the getUpdates queue.</summary>
    public UpdateFactory Updates { get; }

    /// <summary>Called with each method name before it is handled; a non-null fault is answered instead.</summary>
    public Func<string, FakeFault?>? FaultInjector { get; set; }

    /// <summary>Telegram's flood limits (429 with retry_after) on sends; see <see cref="FakeBotApiOptions.RateLimits"/>.</summary>
    public bool RateLimitsEnabled
    {
        get => this.context.RateLimitsEnabled;
        set => this.context.RateLimitsEnabled = value;
    }

    public static async Task<FakeBotApiServer> StartAsync(FakeBotApiOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new FakeBotApiOptions();
        var state = new FakeBotApiState(options.TimeProvider) { RequireKnownChats = options.RequireKnownChats };
        var bot = new FakeUser(options.BotId, options.BotFirstName, options.BotUsername, LanguageCode: null, IsBot: true);
        var context = new BotApiContext(state, bot, new TelegramRateLimiter(options.RateLimits, options.TimeProvider))
        {
            RateLimitsEnabled = options.EnforceRateLimits,
        };
        FakeBotApiServer? server = null;
        var host = await LoopbackHost.StartAsync(h => http => server!.HandleAsync(http, h.Stopping), cancellationToken);
        server = new FakeBotApiServer(host, options, context);
        return server;
    }

    /// <summary>Shortcut for <see cref="UpdateFactory.EnqueueRaw"/>.</summary>
    public long EnqueueRawUpdate(string json) => Updates.EnqueueRaw(json);

    public ValueTask DisposeAsync() => this.host.DisposeAsync();

    private async Task HandleAsync(HttpContext http, CancellationToken stopping)
    {
        var path = http.Request.Path.Value ?? "";
        if (path.StartsWith("/file/bot", StringComparison.Ordinal))
        {
            await ServeFileAsync(http, path["/file/bot".Length..]);
            return;
        }

        var slash = path.IndexOf('/', 1);
        if (!path.StartsWith("/bot", StringComparison.Ordinal) || slash < 0)
        {
            await WriteErrorAsync(http, new BotApiException(404, "Not Found"));
            return;
        }

        if (!string.Equals(path[4..slash], Token, StringComparison.Ordinal))
        {
            await WriteErrorAsync(http, new BotApiException(401, "Unauthorized"));
            return;
        }

        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        await router.HandleAsync(http, path[(slash + 1)..], FaultInjector, aborted.Token);
    }

    private async Task ServeFileAsync(HttpContext http, string rest)
    {
        // {base}/file/bot{token}/{file_path}
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !string.Equals(rest[..slash], Token, StringComparison.Ordinal))
        {
            await WriteErrorAsync(http, new BotApiException(401, "Unauthorized"));
            return;
        }

        if (State.FindFileByPath(Uri.UnescapeDataString(rest[(slash + 1)..])) is not { } file)
        {
            await WriteErrorAsync(http, new BotApiException(404, "Not Found"));
            return;
        }

        http.Response.ContentType = file.MimeType ?? "application/octet-stream";
        http.Response.ContentLength = file.Content.Length;
        await http.Response.Body.WriteAsync(file.Content);
    }

    internal static Task WriteErrorAsync(HttpContext http, BotApiException error)
    {
        var json = new JsonObject { ["ok"] = false, ["error_code"] = error.ErrorCode, ["description"] = error.Message };
        if (error.RetryAfter is { } retryAfter)
        {
            json["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
        }

        return WriteJsonAsync(http, error.ErrorCode, json.ToJsonString());
    }

    internal static Task WriteJsonAsync(HttpContext http, int status, string json)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(json);
        http.Response.ContentLength = bytes.Length;
        return http.Response.Body.WriteAsync(bytes).AsTask();
    }

    internal static JsonElement EmptyBody { get; } = JsonDocument.Parse("{}").RootElement.Clone();
}
