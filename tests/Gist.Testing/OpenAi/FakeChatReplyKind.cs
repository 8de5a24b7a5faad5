namespace Gist.Testing.OpenAi;

public enum FakeChatReplyKind
{
    /// <summary>A normal completion (streamed when the request asks for it).</summary>
    Content,

    /// <summary>An HTTP error with OpenAI's error body (429, 500, 503, …).</summary>
    Error,

    /// <summary>No answer until the client gives up or the server stops.</summary>
    Hang,

    /// <summary>HTTP 200 whose body (or SSE stream) stops half-way: invalid JSON for the client.</summary>
    TruncatedBody,
}
