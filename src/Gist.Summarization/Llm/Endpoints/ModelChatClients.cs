using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Gist.Summarization.Llm.Resilience;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI;

namespace Gist.Summarization.Llm.Endpoints;

/// <summary>
/// Builds the chat client. Azure's own CompleteChat methods fail with Azure.AI.OpenAI 2.1.0 + OpenAI 2.15.0,
/// but through AsIChatClient() it works, so every call goes through IChatClient.
/// The SDK's own retries are off (ClientRetryPolicy(0)): <see cref="ResilientChatClient"/> is the only retry
/// layer, and the SDK's network timeout sits above the per-attempt timeout so Polly's fires first.
/// </summary>
public static class ModelChatClients
{
    public static IChatClient Create(LlmOptions options, ModelResilienceOptions resilience, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(resilience);
        var attempt = TimeSpan.FromSeconds(resilience.AttemptTimeoutSeconds ?? options.RequestTimeoutSeconds);
        var deployments = ModelEndpointResolver.Resolve(options);

        // Outermost first. The slot is held across retries: a provider that is pushing back gets no more calls at
        // once. The meter sits innermost, next to the provider, so only requests really sent count toward a user's
        // daily quota.
        if (options.Endpoints.Count == 0)
        {
            return new ChatClientBuilder(Provider(deployments[0], attempt))
                .Use(next => new ConcurrencyLimitingChatClient(next, options.MaxConcurrency))
                .Use(next => new ResilientChatClient(next, resilience, TimeSpan.FromSeconds(options.RequestTimeoutSeconds), logger))
                .Use(next => new MeteringChatClient(next))
                .Use(next => new MeasuredChatClient(next, deployments[0].Name))
                .Build();
        }

        // Several deployments: the router moves a failed request to the next deployment at once, each with the
        // per-attempt timeout; the retry layer around it waits only when all of them failed or rest, so its own
        // attempt covers one try of each.
        var routed = deployments
            .Select(d => (d, new ChatClientBuilder(Provider(d, attempt)).Use(next => new MeteringChatClient(next)).Use(next => new MeasuredChatClient(next, d.Name)).Build()))
            .ToList();
        var cooldown = TimeSpan.FromSeconds(resilience.EndpointCooldownSeconds);
        var maxCooldown = TimeSpan.FromSeconds(Math.Max(resilience.EndpointCooldownSeconds, resilience.EndpointMaxCooldownSeconds));
        var router = new WeightedEndpointChatClient(routed, attempt, cooldown, maxCooldown, logger);
        var wholeAttempt = resilience.WithAttemptTimeout(attempt.TotalSeconds * deployments.Count + 1);
        return new ChatClientBuilder(router)
            .Use(next => new ConcurrencyLimitingChatClient(next, options.MaxConcurrency))
            .Use(next => new ResilientChatClient(next, wholeAttempt, attempt, logger))
            .Build();
    }

    /// <summary>The provider's own client for one deployment.</summary>
    public static IChatClient Provider(ModelEndpoint deployment, TimeSpan attemptTimeout)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        var timeout = attemptTimeout + TimeSpan.FromSeconds(30);
        var key = new ApiKeyCredential(string.IsNullOrEmpty(deployment.ApiKey) ? "not-needed" : deployment.ApiKey);
        if (string.Equals(deployment.Provider, LlmProviders.AzureOpenAi, StringComparison.OrdinalIgnoreCase))
        {
            var azure = new AzureOpenAIClientOptions { NetworkTimeout = timeout, RetryPolicy = new ClientRetryPolicy(0) };
            return new AzureOpenAIClient(new Uri(deployment.Endpoint!), key, azure).GetChatClient(deployment.Model).AsIChatClient();
        }

        var openAi = new OpenAIClientOptions { NetworkTimeout = timeout, RetryPolicy = new ClientRetryPolicy(0) };
        if (!string.IsNullOrEmpty(deployment.Endpoint))
        {
            openAi.Endpoint = new Uri(deployment.Endpoint);
        }

        return new OpenAIClient(key, openAi).GetChatClient(deployment.Model).AsIChatClient();
    }
}
