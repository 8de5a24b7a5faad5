using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.AI;

namespace Gist.Testing.Tests.OpenAi;

/// <summary>Azure.AI.OpenAI's client over http:// through IChatClient (its own CompleteChat* methods throw
/// MissingMethodException with OpenAI 2.15, see the brief), against the fake's deployment routes.</summary>
public sealed class AzureOpenAiClientTests : IAsyncLifetime
{
    private FakeOpenAiServer server = null!;

    public sealed record Verdict(string Label, int Score);

    public async Task InitializeAsync() =>
        server = await FakeOpenAiServer.StartAsync((request, _) =>
            Task.FromResult(request.ResponseFormat is null
                ? FakeChatReply.Text("Azure says hi")
                : FakeChatReply.Json(new Verdict("corroborated", 3))));

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Plain_completion_goes_to_the_deployment_route_with_the_api_key_header()
    {
        var response = await Client().GetResponseAsync("hello");

        Assert.Equal("Azure says hi", response.Text);
        var seen = Assert.Single(server.Requests);
        Assert.Equal("summarizer", seen.Deployment);
        Assert.Equal("/openai/deployments/summarizer/chat/completions", seen.Path);
        Assert.False(string.IsNullOrEmpty(seen.ApiVersion));
        Assert.Equal("azure-key", seen.ApiKey);
    }

    [Fact]
    public async Task Streaming_works()
    {
        var text = "";
        await foreach (var update in Client().GetStreamingResponseAsync("hello"))
        {
            text += update.Text;
        }

        Assert.Equal("Azure says hi", text);
        Assert.True(Assert.Single(server.Requests).Stream);
    }

    [Fact]
    public async Task Structured_output_works()
    {
        var response = await Client().GetResponseAsync<Verdict>("judge");

        Assert.Equal(new Verdict("corroborated", 3), response.Result);
        Assert.Equal("json_schema", Assert.Single(server.Requests).ResponseFormat!.Type);
    }

    [Fact]
    public async Task A_429_with_retry_after_ms_is_a_failure_when_sdk_retries_are_off()
    {
        server.Responder = (_, _) => Task.FromResult(FakeChatReply.TooManyRequests(TimeSpan.FromMilliseconds(1500)));

        var error = await Assert.ThrowsAsync<ClientResultException>(() => Client().GetResponseAsync("x"));

        Assert.Equal(429, error.Status);
        Assert.True(error.GetRawResponse()!.Headers.TryGetValue("retry-after-ms", out var retryAfterMs));
        Assert.Equal("1500", retryAfterMs);
        Assert.Equal(1, server.RequestCount);
    }

    private IChatClient Client() =>
        new AzureOpenAIClient(new Uri(server.BaseUrl), new ApiKeyCredential("azure-key"),
                new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(0) })
            .GetChatClient("summarizer").AsIChatClient();
}
