using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Gist.Testing.OpenAi;

/// <summary>Writes a chat completion in the real shape (object "chat.completion"), or as server-sent events of
/// "chat.completion.chunk" objects ending with <c>data: [DONE]</c> when the request streams
/// (https://platform.openai.com/docs/api-reference/chat-streaming).</summary>
internal static partial class ChatCompletionWriter
{
    public static async Task WriteAsync(HttpContext http, FakeChatRequest request, FakeChatReply reply, long created,
        CancellationToken cancellationToken)
    {
        var id = $"chatcmpl-fake{request.Sequence:D10}";
        var promptTokens = reply.PromptTokens ?? TokenEstimator.CountPrompt(request.Messages);
        var completionTokens = reply.CompletionTokens ?? TokenEstimator.Count(reply.Content);
        var usage = new JsonObject
        {
            ["prompt_tokens"] = promptTokens,
            ["completion_tokens"] = completionTokens,
            ["total_tokens"] = promptTokens + completionTokens,
        };
        if (request.Stream)
        {
            await WriteStreamAsync(http, request, reply, id, created, usage, cancellationToken);
            return;
        }

        var body = Envelope(id, "chat.completion", created, request);
        body["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content, ["refusal"] = null },
            ["logprobs"] = null,
            ["finish_reason"] = reply.FinishReason,
        });
        body["usage"] = usage;
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        if (reply.Kind == FakeChatReplyKind.TruncatedBody)
        {
            bytes = bytes[..(bytes.Length / 2)];
        }

        await OpenAiResponses.WriteBytesAsync(http, 200, bytes, cancellationToken);
    }

    private static async Task WriteStreamAsync(HttpContext http, FakeChatRequest request, FakeChatReply reply, string id,
        long created, JsonObject usage, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = 200;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var pieces = Pieces().Split(reply.Content).Where(p => p.Length > 0).ToList();
        var events = new List<string> { Chunk(id, created, request, new JsonObject { ["role"] = "assistant", ["content"] = "" }, null) };
        events.AddRange(pieces.Select(p => Chunk(id, created, request, new JsonObject { ["content"] = p }, null)));
        events.Add(Chunk(id, created, request, new JsonObject(), reply.FinishReason));
        if (request.StreamIncludeUsage)
        {
            var last = Envelope(id, "chat.completion.chunk", created, request);
            last["choices"] = new JsonArray();
            last["usage"] = usage.DeepClone();
            events.Add(last.ToJsonString());
        }

        if (reply.Kind == FakeChatReplyKind.TruncatedBody)
        {
            // Half the events, then half of the next one, and the connection closes: no [DONE].
            var cut = events.Count / 2;
            events = [.. events.Take(cut), events[cut][..(events[cut].Length / 2)]];
        }
        else
        {
            events.Add("[DONE]");
        }

        foreach (var data in events)
        {
            await http.Response.WriteAsync("data: " + data + "\n\n", cancellationToken);
            await http.Response.Body.FlushAsync(cancellationToken);
        }
    }

    private static string Chunk(string id, long created, FakeChatRequest request, JsonObject delta, string? finishReason)
    {
        var chunk = Envelope(id, "chat.completion.chunk", created, request);
        chunk["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["delta"] = delta,
            ["logprobs"] = null,
            ["finish_reason"] = finishReason,
        });
        if (request.StreamIncludeUsage)
        {
            chunk["usage"] = null;
        }

        return chunk.ToJsonString();
    }

    private static JsonObject Envelope(string id, string type, long created, FakeChatRequest request) => new()
    {
        ["id"] = id,
        ["object"] = type,
        ["created"] = created,
        ["model"] = request.Model,
        ["system_fingerprint"] = "fp_fake",
    };

    /// <summary>Splits after each whitespace run: words arrive one by one, surrogate pairs stay whole.</summary>
    [GeneratedRegex(@"(?<=\s)(?=\S)")]
    private static partial Regex Pieces();
}
