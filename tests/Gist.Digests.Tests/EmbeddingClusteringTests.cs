using System.ClientModel;
using Gist.Digests.Tests.Support;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;

namespace Gist.Digests.Tests;

/// <summary>
/// The reference case with the similarity taken from an embedding model (the OpenAI SDK's embedding client as an
/// IEmbeddingGenerator, against the fake server's /v1/embeddings) instead of TF-IDF: still three stories.
/// </summary>
public sealed class EmbeddingClusteringTests
{
    private static readonly DateTimeOffset Now = new(2023, 11, 10, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Seeds_clustered_on_embeddings_make_the_same_three_stories()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        var generator = new OpenAIClient(new ApiKeyCredential("sk-test"), new OpenAIClientOptions { Endpoint = new Uri(model.OpenAiEndpoint) })
            .GetEmbeddingClient("text-embedding-3-small").AsIEmbeddingGenerator();
        await using var harness = await DigestHarness.StartAsync(new FixedSummaries(), Now,
            configure: services => services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(generator));
        await harness.SubscribeToSeedFeedsAsync(chatId: 21);

        var digest = await harness.BuildSinceAsync(21, Now.AddDays(-1));

        Assert.Equal(1, model.EmbeddingRequestCount);
        Assert.Equal(5, model.EmbeddedTexts.Count);
        var stories = digest.Stories.Select(s => s.Items.Select(i => FixedSummaries.SeedOf(i.Summary.Headline)).Order().ToArray()).ToList();
        Assert.Equal(3, stories.Count);
        Assert.Equal(["000", "002", "004"], stories[0]);
        Assert.Contains(["001"], stories);
        Assert.Contains(["003"], stories);
    }
}
