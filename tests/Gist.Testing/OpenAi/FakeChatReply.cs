using System.Text.Json;

namespace Gist.Testing.OpenAi;

/// <summary>What the fake model answers to one request: content, or one of the failures a real provider shows.</summary>
public sealed record FakeChatReply
{
    private FakeChatReply(FakeChatReplyKind kind) => Kind = kind;

    public FakeChatReplyKind Kind { get; }

    /// <summary>The assistant message content (Content and TruncatedBody replies).</summary>
    public string Content { get; init; } = "";

    /// <summary>"stop", or "length" when the output was cut by max tokens.</summary>
    public string FinishReason { get; init; } = "stop";

    /// <summary>Overrides the estimated usage figures.</summary>
    public int? PromptTokens { get; init; }

    public int? CompletionTokens { get; init; }

    public int StatusCode { get; init; } = 200;

    public string? ErrorMessage { get; init; }

    public string? ErrorCode { get; init; }

    /// <summary>Sent as Retry-After (whole seconds, rounded up).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Also send Azure OpenAI's retry-after-ms header with <see cref="RetryAfter"/>.</summary>
    public bool RetryAfterMs { get; init; }

    /// <summary>Waited before the reply is written (on top of the server's fixed latency).</summary>
    public TimeSpan Delay { get; init; }

    public static FakeChatReply Text(string content) => new(FakeChatReplyKind.Content) { Content = content };

    /// <summary>Content that is <paramref name="value"/> serialized as JSON (camelCase unless the options say otherwise).</summary>
    public static FakeChatReply Json<T>(T value, JsonSerializerOptions? options = null) =>
        Text(JsonSerializer.Serialize(value, options ?? new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    /// <summary>The first <paramref name="keep"/> share of <paramref name="content"/> with finish_reason "length":
    /// a well-formed response whose content (e.g. JSON) is cut, as when max tokens run out.</summary>
    public static FakeChatReply TruncatedContent(string content, double keep = 0.5) =>
        Text(content[..(int)(content.Length * Math.Clamp(keep, 0, 1))]) with { FinishReason = "length" };

    /// <summary>HTTP 200 whose body stops half-way (the client cannot parse it).</summary>
    public static FakeChatReply TruncatedBody(string content = "This answer never arrives whole.") =>
        new(FakeChatReplyKind.TruncatedBody) { Content = content };

    /// <summary>429 with Retry-After (and, by default, Azure's retry-after-ms).</summary>
    public static FakeChatReply TooManyRequests(TimeSpan retryAfter, bool includeRetryAfterMs = true) =>
        Error(429, "Rate limit reached for requests. Please retry after the time in the Retry-After header.",
            "rate_limit_exceeded") with { RetryAfter = retryAfter, RetryAfterMs = includeRetryAfterMs };

    public static FakeChatReply ServerError() =>
        Error(500, "The server had an error while processing your request. Sorry about that!", "server_error");

    public static FakeChatReply ServiceUnavailable() =>
        Error(503, "The engine is currently overloaded, please try again later.", "service_unavailable");

    public static FakeChatReply Error(int statusCode, string message, string? code = null) =>
        new(FakeChatReplyKind.Error) { StatusCode = statusCode, ErrorMessage = message, ErrorCode = code };

    public static FakeChatReply Hang() => new(FakeChatReplyKind.Hang);

    public FakeChatReply WithDelay(TimeSpan delay) => this with { Delay = delay };
}
