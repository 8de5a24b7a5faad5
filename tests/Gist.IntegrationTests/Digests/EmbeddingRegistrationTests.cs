using Gist.Hosting;
using Gist.IntegrationTests.Support;
using Gist.Telegram;
using Gist.Telegram.Digests;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gist.IntegrationTests.Digests;

/// <summary>The host offers digest clustering an embedding generator only when a model provider and Llm__EmbeddingModel are set.</summary>
public sealed class EmbeddingRegistrationTests
{
    [Fact]
    public async Task With_an_embedding_model_set_the_host_embeds_through_the_providers_embedding_client()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        var settings = ModelSettings.OpenAi(model);
        settings["Llm:EmbeddingModel"] = "text-embedding-3-small";
        using var host = Build(settings);
        var services = host.Services;

        var generator = services.GetService<IEmbeddingGenerator<string, Embedding<float>>>();

        Assert.NotNull(generator);
        var vectors = await generator.GenerateAsync(["Blinken in Seoul", "Storm on the coast"]);
        Assert.Equal(2, vectors.Count);
        Assert.Equal(1, model.EmbeddingRequestCount);
    }

    [Theory]
    [InlineData("openai", null)]
    [InlineData("offline", "text-embedding-3-small")]
    public async Task Without_a_model_or_an_embedding_model_clustering_stays_lexical(string provider, string? embeddingModel)
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        var settings = provider == "offline" ? new Dictionary<string, string?> { ["Llm:Provider"] = "offline" } : ModelSettings.OpenAi(model);
        settings["Llm:EmbeddingModel"] = embeddingModel;
        using var host = Build(settings);
        var services = host.Services;

        Assert.Null(services.GetService<IEmbeddingGenerator<string, Embedding<float>>>());
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        settings["Telegram:BotToken"] = "7000000001:AAF-fake-token-for-tests-0123456789ab";
        settings["Storage:Path"] = Path.Combine(Path.GetTempPath(), "gist-embed-" + Guid.NewGuid().ToString("N"), "gist.db");
        var builder = GistHost.CreateBuilder(logToStandardError: false, settings);
        builder.Logging.ClearProviders();
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        builder.AddGistDigests();
        return builder.Build();
    }
}
