using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Gist.Media.Images;
using Gist.Media.Pdf;
using Gist.Media.Processes;
using Gist.Media.Speech;
using Gist.Summarization.Gate;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Audio;

namespace Gist.Media;

public static class MediaHostingExtensions
{
    /// <summary>
    /// Images, scans and speech as inputs: OCR with Tesseract, the vision model when Llm__VisionModel names one (its
    /// chat client is registered by the summarization set-up under <see cref="VisionTranscriber.ClientKey"/>), scanned
    /// PDFs through pdftoppm, and transcription when Llm__TranscriptionModel names a model.
    /// </summary>
    public static IHostApplicationBuilder AddGistMedia(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MediaOptions>()
            .Bind(builder.Configuration.GetSection(MediaOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<BoundedProcessRunner>();
        services.AddSingleton<TesseractOcr>();
        services.AddSingleton<AudioConverter>();
        services.AddSingleton<ScannedPdfReader>();
        services.AddSingleton<IImageTextReader, ImageTextReader>();

        var llm = builder.Configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        if (llm.UsesModel && llm.VisionModel is { Length: > 0 } visionModel)
        {
            services.AddSingleton(sp => new VisionTranscriber(
                sp.GetRequiredKeyedService<IChatClient>(VisionTranscriber.ClientKey), sp.GetRequiredService<PromptLibrary>(), visionModel));
        }

        if (llm.UsesModel && llm.TranscriptionModel is { Length: > 0 } transcriptionModel)
        {
            services.AddSingleton<ISpeechTranscriber>(sp => new OpenAiSpeechTranscriber(
                CreateAudioClient(sp.GetRequiredService<IOptions<LlmOptions>>().Value, transcriptionModel),
                sp.GetRequiredService<AudioConverter>(), transcriptionModel, sp.GetRequiredService<ModelTextGate>(),
                sp.GetRequiredService<ILogger<OpenAiSpeechTranscriber>>()));
        }

        return builder;
    }

    /// <summary>The provider's audio client on the main model's endpoint and key (two SDK retries, like embeddings).</summary>
    public static AudioClient CreateAudioClient(LlmOptions options, string model)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timeout = TimeSpan.FromSeconds(options.RequestTimeoutSeconds);
        var key = new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "not-needed" : options.ApiKey);
        if (string.Equals(options.Provider, LlmProviders.AzureOpenAi, StringComparison.OrdinalIgnoreCase))
        {
            var azure = new AzureOpenAIClientOptions { NetworkTimeout = timeout, RetryPolicy = new ClientRetryPolicy(2) };
            return new AzureOpenAIClient(new Uri(options.Endpoint!), key, azure).GetAudioClient(model);
        }

        var openAi = new OpenAIClientOptions { NetworkTimeout = timeout, RetryPolicy = new ClientRetryPolicy(2) };
        if (!string.IsNullOrEmpty(options.Endpoint))
        {
            openAi.Endpoint = new Uri(options.Endpoint);
        }

        return new OpenAIClient(key, openAi).GetAudioClient(model);
    }
}
