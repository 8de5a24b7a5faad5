using Gist.Digests.Building;
using Gist.Digests.Feeds;
using Gist.Digests.Stories;
using Gist.Digests.Subscriptions;
using Gist.Input;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Gist.Digests;

public static class DigestsServiceCollectionExtensions
{
    /// <summary>
    /// The digest domain (no Telegram): <see cref="DigestsOptions"/> from "Digests" validated at start, feed fetching,
    /// polling (a hosted service), summaries, clustering, stories, building and rendering. Needs AddGistStorage,
    /// AddGistExtraction and the summarizer. An <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> in the container is used
    /// for clustering when present.
    /// </summary>
    public static IServiceCollection AddGistDigestsCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DigestsOptions>()
            .Bind(configuration.GetSection(DigestsOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => Scheduling.ZoneResolver.TryResolve(o.DefaultTimeZone, out _, out _), "Digests:DefaultTimeZone is not a known time zone.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PastedTextCleaner>();
        services.TryAddSingleton<FeedFetcher>();
        services.TryAddSingleton<FeedLocator>();
        services.TryAddSingleton<FeedItemMapper>();
        services.TryAddSingleton<Channels.ChannelReader>();
        services.TryAddSingleton<Channels.ChannelPostMapper>();
        services.TryAddSingleton<Channels.ChannelItemSync>();
        services.TryAddSingleton<FeedPoller>();
        services.TryAddSingleton<FeedPollingService>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedPollingService>());
        services.TryAddSingleton<ItemSummarizer>();
        services.TryAddSingleton(sp => new TextSimilarity(
            sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>(), sp.GetRequiredService<ILogger<TextSimilarity>>()));
        services.TryAddSingleton<StoryClusterer>();
        services.TryAddSingleton<Summarization.Gate.ModelTextGate>();
        services.TryAddSingleton<StoryWriter>();
        services.TryAddSingleton<StoryCache>();
        services.TryAddSingleton<DigestBuilder>();
        services.TryAddSingleton<DigestRenderer>();
        services.TryAddSingleton<SubscriptionService>();
        services.TryAddSingleton<Archive.DigestArchive>();
        return services;
    }
}
