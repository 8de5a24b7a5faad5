using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Gist.Core.Abstractions;
using Gist.Summarization.Gate;
using Gist.Summarization.Llm;
using Gist.Summarization.Llm.Endpoints;
using Gist.Summarization.Llm.Resilience;
using Gist.Summarization.Offline;
using Gist.Summarization.Prompts;
using Gist.Summarization.Questions;
using Gist.Summarization.Translation;
using Gist.Summarization.Verification;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;

namespace Gist.Summarization;

public static class SummarizationHostingExtensions
{
    /// <summary>The DI key of the vision model's chat client (Llm:VisionModel), used by Gist.Media to transcribe images.</summary>
    public const string VisionClientKey = "vision";

    /// <summary>
    /// The summarizer, translator and question answerer. With a model configured they talk to it only through
    /// <see cref="IChatClient"/> (Azure OpenAI, or any OpenAI-compatible endpoint); without one, the offline engine.
    /// </summary>
    public static IHostApplicationBuilder AddGistSummarization(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LlmOptions>()
            .Bind(builder.Configuration.GetSection(LlmOptions.SectionName))
            .PostConfigure(ModelEndpointResolver.FillPrimaryEndpoint)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ModelResilienceOptions>()
            .Bind(builder.Configuration.GetSection(ModelResilienceOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IOptions<LlmOptions>>().Value.PromptsPath
                ?? Path.Combine(AppContext.BaseDirectory, "prompts");
            return PromptLibrary.Load(path);
        });
        services.AddSingleton<ClaimVerifier>();
        services.AddSingleton<OfflineSummarizer>();
        services.AddSingleton<OfflineQuestionAnswerer>();
        services.AddSingleton<OutputChecks>();
        services.TryAddSingleton<ModelTextGate>();
        services.AddSingleton<ISummarizer, SummarizationPipeline>();

        var options = builder.Configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        if (!options.UsesModel)
        {
            services.AddSingleton<IArticleTranslator, OfflineTranslator>();
            services.AddSingleton<IArticleQuestionAnswerer>(sp => sp.GetRequiredService<OfflineQuestionAnswerer>());
            return builder;
        }

        services.AddSingleton(sp => CreateChatClient(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            sp.GetRequiredService<IOptions<ModelResilienceOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<ResilientChatClient>()));
        services.AddSingleton<LlmSummarizer>();

        // Digest clustering uses embeddings when an embedding model is named (Llm__EmbeddingModel), else TF-IDF.
        if (options.EmbeddingModel is { Length: > 0 } embeddingModel)
        {
            services.AddSingleton(sp => CreateEmbeddingGenerator(sp.GetRequiredService<IOptions<LlmOptions>>().Value, embeddingModel));
        }

        // Images are transcribed by a vision model when one is named (Llm__VisionModel): the same provider, endpoint,
        // key, retries and quota metering as the main model; Gist.Media uses it through this key.
        if (options.VisionModel is { Length: > 0 })
        {
            services.AddKeyedSingleton(VisionClientKey, (sp, _) =>
            {
                var llm = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
                return CreateChatClient(llm.ForModel(llm.VisionModel!), sp.GetRequiredService<IOptions<ModelResilienceOptions>>().Value,
                    sp.GetRequiredService<ILoggerFactory>().CreateLogger<ResilientChatClient>());
            });
        }

        services.AddSingleton<IArticleTranslator, LlmTranslator>();
        services.AddSingleton<IArticleQuestionAnswerer, LlmQuestionAnswerer>();
        return builder;
    }

    /// <summary>
    /// The provider's embedding client (same endpoint and key as the chat client) as an <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/>.
    /// No resilience layer wraps it, so the SDK's own two retries stay on; a failed call falls back to TF-IDF.
    /// </summary>
    public static IEmbeddingGenerator<string, Embedding<float>> CreateEmbeddingGenerator(LlmOptions options, string embeddingModel)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timeout = TimeSpan.FromSeconds(options.RequestTimeoutSeconds);
        var key = new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "not-needed" : options.ApiKey);
        if (string.Equals(options.Provider, LlmProviders.AzureOpenAi, StringComparison.OrdinalIgnoreCase))
        {
            var azure = new AzureOpenAIClientOptions { NetworkTimeout = timeout, RetryPolicy = new ClientRetryPolicy(2) };
            return new AzureOpenAIClient(new Uri(options.Endpoint!), key, azure).GetEmbeddingClient(embeddingModel).AsIEmbeddingGenerator();
        }

        var openAi = new OpenAIClientOptions { NetworkTimeout = timeout, RetryPolicy = new ClientRetryPolicy(2) };
        if (!string.IsNullOrEmpty(options.Endpoint))
        {
            openAi.Endpoint = new Uri(options.Endpoint);
        }

        return new OpenAIClient(key, openAi).GetEmbeddingClient(embeddingModel).AsIEmbeddingGenerator();
    }

    /// <summary>The chat client for the configured deployment, or for several (Llm__Endpoints); see <see cref="ModelChatClients"/>.</summary>
    public static IChatClient CreateChatClient(LlmOptions options, ModelResilienceOptions resilience, ILogger logger) =>
        ModelChatClients.Create(options, resilience, logger);
}
