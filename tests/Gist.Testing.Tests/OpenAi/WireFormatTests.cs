using System.Net;
using System.Text;
using System.Text.Json;
using Gist.Testing.OpenAi;

namespace Gist.Testing.Tests.OpenAi;

/// <summary>The fake's bytes on the wire, checked without an SDK (SDKs forgive what other clients may not).</summary>
public sealed class WireFormatTests : IAsyncLifetime
{
    private readonly HttpClient http = new();
    private FakeOpenAiServer server = null!;

    public async Task InitializeAsync() =>
        server = await FakeOpenAiServer.StartAsync((_, _) => Task.FromResult(FakeChatReply.Text("one two three")));

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_completion_has_the_chat_completion_shape_with_usage_totals()
    {
        using var response = await Post("/v1/chat/completions", """{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"hi"}]}]}""");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("chatcmpl-", root.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("chat.completion", root.GetProperty("object").GetString());
        Assert.Equal("m", root.GetProperty("model").GetString());
        var choice = root.GetProperty("choices")[0];
        Assert.Equal(0, choice.GetProperty("index").GetInt32());
        Assert.Equal("assistant", choice.GetProperty("message").GetProperty("role").GetString());
        Assert.Equal("one two three", choice.GetProperty("message").GetProperty("content").GetString());
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        var usage = root.GetProperty("usage");
        Assert.Equal(usage.GetProperty("prompt_tokens").GetInt32() + usage.GetProperty("completion_tokens").GetInt32(),
            usage.GetProperty("total_tokens").GetInt32());
        Assert.Equal("hi", Assert.Single(server.Requests).LastUserMessage);
    }

    [Fact]
    public async Task A_stream_is_server_sent_chunks_ending_with_usage_and_done()
    {
        using var response = await Post("/chat/completions",
            """{"model":"m","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"hi"}]}""");
        var events = (await response.Content.ReadAsStringAsync())
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.StartsWith("data: ", StringComparison.Ordinal) ? e["data: ".Length..] : throw new InvalidDataException(e))
            .ToList();

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("[DONE]", events[^1]);
        var chunks = events.SkipLast(1).Select(e => JsonDocument.Parse(e).RootElement).ToList();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString()));
        Assert.Equal("assistant", chunks[0].GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString());
        var content = string.Concat(chunks.Where(c => c.GetProperty("choices").GetArrayLength() > 0)
            .Select(c => c.GetProperty("choices")[0].GetProperty("delta"))
            .Select(d => d.TryGetProperty("content", out var text) ? text.GetString() : ""));
        Assert.Equal("one two three", content);
        Assert.Equal(0, chunks[^1].GetProperty("choices").GetArrayLength());
        Assert.True(chunks[^1].GetProperty("usage").GetProperty("total_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task Bad_requests_and_unknown_paths_get_openai_error_bodies()
    {
        using var missing = await Post("/v1/chat/completions", """{"model":"m"}""");
        using var unknown = await Post("/v1/completions", "{}");
        using var broken = await Post("/v1/chat/completions", "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("messages", JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("param").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task Embeddings_answer_floats_or_base64_of_the_same_vector()
    {
        using var floats = await Post("/v1/embeddings", """{"model":"e","input":["Seoul talks"],"dimensions":8}""");
        using var base64 = await Post("/openai/deployments/e/embeddings?api-version=2024-10-21",
            """{"input":"Seoul talks","dimensions":8,"encoding_format":"base64"}""");

        var asFloats = JsonDocument.Parse(await floats.Content.ReadAsStringAsync()).RootElement.GetProperty("data")[0]
            .GetProperty("embedding").EnumerateArray().Select(e => e.GetSingle()).ToArray();
        var bytes = Convert.FromBase64String(JsonDocument.Parse(await base64.Content.ReadAsStringAsync()).RootElement
            .GetProperty("data")[0].GetProperty("embedding").GetString()!);
        var decoded = Enumerable.Range(0, bytes.Length / 4).Select(i => BitConverter.ToSingle(bytes, i * 4)).ToArray();

        Assert.Equal(HashedEmbedding.Embed("Seoul talks", 8), asFloats);
        Assert.Equal(asFloats, decoded);
        Assert.Equal(1.0, Math.Sqrt(asFloats.Sum(v => v * v)), 3);
    }

    private Task<HttpResponseMessage> Post(string path, string json) =>
        http.PostAsync(new Uri(server.BaseUrl + path), new StringContent(json, Encoding.UTF8, "application/json"));
}
