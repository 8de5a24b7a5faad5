namespace Gist.Testing.BotApi;

/// <summary>A failure the fake Bot API injects instead of handling a call. The call changes no state.</summary>
public sealed record FakeFault
{
    private FakeFault(FakeFaultKind kind, int statusCode, int retryAfter = 0)
    {
        Kind = kind;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    public FakeFaultKind Kind { get; }

    public int StatusCode { get; }

    public int RetryAfter { get; }

    /// <summary>500 with the Bot API's JSON error body.</summary>
    public static FakeFault InternalServerError { get; } = new(FakeFaultKind.InternalServerError, 500);

    /// <summary>502 with the HTML page the nginx in front of api.telegram.org serves (not JSON).</summary>
    public static FakeFault BadGateway { get; } = new(FakeFaultKind.BadGateway, 502);

    /// <summary>No answer until the client gives up (or the server is disposed).</summary>
    public static FakeFault Hang { get; } = new(FakeFaultKind.Hang, 0);

    /// <summary>429 "Too Many Requests: retry after N" with parameters.retry_after = N.</summary>
    public static FakeFault TooManyRequests(int retryAfterSeconds = 1) =>
        new(FakeFaultKind.TooManyRequests, 429, retryAfterSeconds);
}
