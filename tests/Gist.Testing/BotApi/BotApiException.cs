namespace Gist.Testing.BotApi;

/// <summary>An error answer of the Bot API: <c>{"ok":false,"error_code":N,"description":"…"}</c>, plus
/// <c>"parameters":{"retry_after":N}</c> for 429 (Bot API type <c>ResponseParameters</c>).</summary>
public sealed class BotApiException : Exception
{
    public BotApiException(int errorCode, string description, int? retryAfter = null) : base(description)
    {
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    public BotApiException()
    {
    }

    public BotApiException(string message) : base(message)
    {
    }

    public BotApiException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public int ErrorCode { get; } = 400;

    public int? RetryAfter { get; }

    public static BotApiException BadRequest(string detail) => new(400, "Bad Request: " + detail);

    public static BotApiException Forbidden(string detail) => new(403, "Forbidden: " + detail);

    public static BotApiException TooManyRequests(int retryAfter) =>
        new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);
}
