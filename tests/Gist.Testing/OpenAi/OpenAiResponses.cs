using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Gist.Testing.OpenAi;

/// <summary>Writes JSON bodies and OpenAI's error shape: {"error":{"message","type","param","code"}}
/// (https://platform.openai.com/docs/guides/error-codes), with Retry-After / retry-after-ms on 429.</summary>
internal static class OpenAiResponses
{
    public static Task WriteJsonAsync(HttpContext http, int status, JsonNode body, CancellationToken cancellationToken) =>
        WriteBytesAsync(http, status, Encoding.UTF8.GetBytes(body.ToJsonString()), cancellationToken);

    public static Task WriteBytesAsync(HttpContext http, int status, byte[] bytes, CancellationToken cancellationToken,
        string contentType = "application/json")
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = bytes.Length;
        return http.Response.Body.WriteAsync(bytes, cancellationToken).AsTask();
    }

    public static Task WriteErrorAsync(HttpContext http, FakeChatReply reply, CancellationToken cancellationToken)
    {
        if (reply.RetryAfter is { } retryAfter)
        {
            http.Response.Headers["Retry-After"] = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            if (reply.RetryAfterMs)
            {
                http.Response.Headers["retry-after-ms"] = ((long)retryAfter.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            }
        }

        var type = reply.StatusCode switch
        {
            429 => "requests",
            >= 500 => "server_error",
            _ => "invalid_request_error",
        };
        return WriteErrorAsync(http, reply.StatusCode, reply.ErrorMessage ?? "Error", type, null, reply.ErrorCode, cancellationToken);
    }

    public static Task WriteErrorAsync(HttpContext http, int status, string message, string type, string? param,
        string? code, CancellationToken cancellationToken) =>
        WriteJsonAsync(http, status, new JsonObject
        {
            ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = param, ["code"] = code },
        }, cancellationToken);
}
