using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Gist.Testing.Tests.OpenAi;

/// <summary>The OpenAI SDK, through Microsoft.Extensions.AI's IChatClient, against the fake.</summary>
public sealed class OpenAiClientTests : IAsyncLifetime
{
    private FakeOpenAiServer server = null!;

    public sealed record Headline(string Title, string[] Claims);

    public async Task InitializeAsync() => server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Plain_completion_returns_the_responder_text_and_the_fake_sees_the_request()
    {
        server.Responder = (request, _) => Task.FromResult(FakeChatReply.Text($"echo: {request.LastUserMessage}"));
        var chat = Client();

        var response = await chat.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "Be brief."), new ChatMessage(ChatRole.User, "مرحبا")],
            new ChatOptions { MaxOutputTokens = 321, Temperature = 0.2f });

        Assert.Equal("echo: مرحبا", response.Text);
        Assert.True(response.Usage!.InputTokenCount > 0);
        var seen = Assert.Single(server.Requests);
        Assert.Equal("gpt-test", seen.Model);
        Assert.Equal("Be brief.", seen.SystemPrompt);
        Assert.Equal(321, seen.MaxCompletionTokens);
        Assert.Null(seen.MaxTokens);
        Assert.Equal(0.2, seen.Temperature!.Value, 3);
        Assert.Equal("test-key", seen.ApiKey);
        Assert.Equal("/v1/chat/completions", seen.Path);
        Assert.False(seen.Stream);
    }

    [Fact]
    public async Task Without_a_responder_a_generic_assistant_message_is_returned()
    {
        var response = await Client().GetResponseAsync("Summarize this");

        Assert.Contains("Summarize this", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streaming_arrives_in_chunks_that_join_to_the_reply()
    {
        const string text = "Blinken and Park met in Seoul 🇰🇷 on 9 November.";
        server.Responder = (_, _) => Task.FromResult(FakeChatReply.Text(text));
        var updates = new List<ChatResponseUpdate>();

        await foreach (var update in Client().GetStreamingResponseAsync("go"))
        {
            updates.Add(update);
        }

        Assert.Equal(text, string.Concat(updates.Select(u => u.Text)));
        Assert.True(updates.Count(u => u.Text.Length > 0) > 3, "content should arrive in several chunks");
        Assert.Contains(updates, u => u.FinishReason == ChatFinishReason.Stop);
        Assert.True(Assert.Single(server.Requests).Stream);
    }

    [Fact]
    public async Task Structured_output_sends_a_json_schema_and_parses_the_reply()
    {
        server.Responder = (_, _) => Task.FromResult(FakeChatReply.Json(new Headline("Seoul talks", ["claim one", "claim two"])));

        var response = await Client().GetResponseAsync<Headline>("Summarize");

        Assert.Equal("Seoul talks", response.Result.Title);
        Assert.Equal(["claim one", "claim two"], response.Result.Claims);
        var format = Assert.Single(server.Requests).ResponseFormat!;
        Assert.Equal("json_schema", format.Type);
        Assert.False(string.IsNullOrEmpty(format.SchemaName));
        Assert.True(format.Schema!.Value.GetProperty("properties").TryGetProperty("title", out _));
    }

    [Fact]
    public async Task A_429_with_retry_after_is_a_failure_when_sdk_retries_are_off()
    {
        server.Responder = (_, _) => Task.FromResult(FakeChatReply.TooManyRequests(TimeSpan.FromSeconds(2)));

        var error = await Assert.ThrowsAsync<ClientResultException>(() => Client(retries: 0).GetResponseAsync("x"));

        Assert.Equal(429, error.Status);
        var raw = error.GetRawResponse()!;
        Assert.True(raw.Headers.TryGetValue("Retry-After", out var retryAfter));
        Assert.Equal("2", retryAfter);
        Assert.True(raw.Headers.TryGetValue("retry-after-ms", out var retryAfterMs));
        Assert.Equal("2000", retryAfterMs);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task The_sdk_default_policy_retries_a_429_three_times_by_itself()
    {
        server.Responder = (_, _) => Task.FromResult(FakeChatReply.TooManyRequests(TimeSpan.FromMilliseconds(20)));

        await Assert.ThrowsAsync<ClientResultException>(() => Client(retries: null).GetResponseAsync("x"));

        Assert.Equal(4, server.RequestCount);
    }

    [Fact]
    public async Task Server_errors_and_truncated_bodies_fail_the_call()
    {
        server.Responder = (request, _) => Task.FromResult(request.Sequence == 1
            ? FakeChatReply.ServiceUnavailable()
            : FakeChatReply.TruncatedBody());
        var chat = Client(retries: 0);

        var unavailable = await Assert.ThrowsAsync<ClientResultException>(() => chat.GetResponseAsync("x"));
        await Assert.ThrowsAnyAsync<Exception>(() => chat.GetResponseAsync("x"));

        Assert.Equal(503, unavailable.Status);
        Assert.Equal(2, server.FaultsReturned);
    }

    [Fact]
    public async Task A_hang_lasts_until_the_client_times_out()
    {
        server.Responder = (_, _) => Task.FromResult(FakeChatReply.Hang());
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<Exception>(() => Client(retries: 0, timeout: TimeSpan.FromMilliseconds(500)).GetResponseAsync("x"));

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(10));
        await server.WaitForAsync(s => s.InFlight == 0, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Fixed_latency_applies_to_each_request_and_the_peak_concurrency_is_recorded()
    {
        server.Latency = TimeSpan.FromMilliseconds(400);
        var chat = Client();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => chat.GetResponseAsync($"request {i}")));

        Assert.Equal(5, server.PeakConcurrency);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(1900));
        Assert.Equal(0, server.InFlight);
    }

    [Fact]
    public async Task Truncated_content_is_a_valid_response_cut_with_finish_reason_length()
    {
        const string json = "{\"title\":\"Seoul talks\"}";
        server.Responder = (_, _) => Task.FromResult(FakeChatReply.TruncatedContent(json, 0.5));

        var response = await Client().GetResponseAsync("x");

        Assert.Equal(json[..(json.Length / 2)], response.Text);
        Assert.Equal(ChatFinishReason.Length, response.FinishReason);
    }

    [Fact]
    public async Task Embeddings_are_deterministic_and_similar_for_texts_that_share_words()
    {
        var generator = new OpenAIClient(new ApiKeyCredential("test-key"), new OpenAIClientOptions { Endpoint = new Uri(server.OpenAiEndpoint) })
            .GetEmbeddingClient("embed-test").AsIEmbeddingGenerator();

        var vectors = await generator.GenerateAsync(
            ["Blinken met Park in Seoul", "Blinken and Park met in Seoul today", "Kirby spoke at the White House"]);
        var again = await generator.GenerateAsync(["Blinken met Park in Seoul"]);

        var same = HashedEmbedding.Cosine(vectors[0].Vector.ToArray(), vectors[1].Vector.ToArray());
        var different = HashedEmbedding.Cosine(vectors[0].Vector.ToArray(), vectors[2].Vector.ToArray());
        Assert.True(same > 0.6, $"similar texts: {same}");
        Assert.True(different < same - 0.3, $"unrelated texts: {different} vs {same}");
        Assert.Equal(vectors[0].Vector.ToArray(), again[0].Vector.ToArray());
        Assert.Equal(4, server.EmbeddedTexts.Count);
    }

    private IChatClient Client(int? retries = 0, TimeSpan? timeout = null)
    {
        var options = new OpenAIClientOptions { Endpoint = new Uri(server.OpenAiEndpoint) };
        if (retries is { } count)
        {
            options.RetryPolicy = new ClientRetryPolicy(count);
        }

        if (timeout is { } networkTimeout)
        {
            options.NetworkTimeout = networkTimeout;
        }

        return new OpenAIClient(new ApiKeyCredential("test-key"), options).GetChatClient("gpt-test").AsIChatClient();
    }
}
