using Gist.Core.Summaries;
using Gist.Summarization.Llm;
using Gist.Summarization.Llm.Endpoints;
using Gist.Summarization.Llm.Resilience;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gist.Summarization.Tests.Endpoints;

/// <summary>The chat client as the app builds it from Llm__Endpoints (and from the single Llm__Endpoint as before).</summary>
public sealed class ModelChatClientsTests
{
    [Fact]
    public async Task Several_endpoints_from_settings_fail_over_behind_the_retry_layer()
    {
        await using var deployments = await Deployments.StartAsync(2);
        deployments.Fault(0, () => FakeChatReply.TooManyRequests(TimeSpan.FromSeconds(60)));
        var options = new LlmOptions
        {
            Provider = "openai", Model = "model",
            Endpoints =
            [
                new() { Name = "east", Endpoint = deployments.Servers[0].OpenAiEndpoint, Weight = 5 },
                new() { Name = "west", Provider = "azure-openai", Endpoint = deployments.Servers[1].BaseUrl, ApiKey = "azure-key", Model = "gpt-west" },
            ],
        };
        using var client = ModelChatClients.Create(options, new ModelResilienceOptions(), NullLogger.Instance);

        Assert.Equal("answer from d1", (await client.GetResponseAsync("hello")).Text);
        Assert.Equal("answer from d1", (await client.GetResponseAsync("hello")).Text);

        Assert.Equal([1, 2], deployments.Counts());
        Assert.All(deployments.Servers[1].Requests, r => Assert.Equal(("gpt-west", "azure-key"), (r.Deployment, r.ApiKey)));
    }

    [Fact]
    public async Task All_deployments_down_reaches_the_summarizer_as_a_transient_unavailability_naming_them()
    {
        await using var deployments = await Deployments.StartAsync(2);
        deployments.Fault(0, FakeChatReply.ServiceUnavailable);
        deployments.Fault(1, FakeChatReply.ServiceUnavailable);
        var options = new LlmOptions
        {
            Provider = "openai", Model = "model",
            Endpoints = [new() { Endpoint = deployments.Servers[0].OpenAiEndpoint }, new() { Endpoint = deployments.Servers[1].OpenAiEndpoint }],
        };
        using var client = ModelChatClients.Create(options, new ModelResilienceOptions { MaxRetries = 0 }, NullLogger.Instance);

        var error = await Assert.ThrowsAsync<ModelEndpointsUnavailableException>(() => client.GetResponseAsync("hello"));
        var unavailable = ModelFailure.From(error);

        Assert.True(unavailable.IsTransient);
        Assert.Contains(new Uri(deployments.Servers[0].BaseUrl).Authority + " (HTTP 503", unavailable.Message, StringComparison.Ordinal);
        Assert.Contains(new Uri(deployments.Servers[1].BaseUrl).Authority + " (HTTP 503", unavailable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_single_endpoint_settings_still_make_one_plain_client()
    {
        await using var deployments = await Deployments.StartAsync(1);
        var options = new LlmOptions { Provider = "openai", Endpoint = deployments.Servers[0].OpenAiEndpoint, Model = "model" };
        using var client = ModelChatClients.Create(options, new ModelResilienceOptions(), NullLogger.Instance);

        Assert.Equal("answer from d0", (await client.GetResponseAsync("hello")).Text);
        Assert.Null(client.GetService<WeightedEndpointChatClient>());
    }
}
