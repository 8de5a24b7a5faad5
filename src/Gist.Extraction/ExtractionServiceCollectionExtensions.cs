using System.Net;
using Gist.Core.Abstractions;
using Gist.Extraction.Batch;
using Gist.Extraction.Budgets;
using Gist.Extraction.Documents;
using Gist.Extraction.Extraction;
using Gist.Extraction.Fetching;
using Gist.Extraction.Language;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gist.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers ILinkReader, IDocumentReader, ILanguageDetector (singleton), ArticleExtractor, BatchExtraction and
    /// the safe fetcher, with <see cref="FetchOptions"/> bound from "Fetch" and validated at start.
    /// </summary>
    public static IServiceCollection AddGistExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FetchOptions>()
            .Bind(configuration.GetSection(FetchOptions.SectionName))
            .PostConfigure(o => o.AllowedPorts = o.AllowedPorts.Length == 0 ? FetchOptions.DefaultPorts : o.AllowedPorts)
            .ValidateDataAnnotations()
            .Validate(o => o.AllowedPorts.All(p => p is > 0 and <= 65535), "Fetch:AllowedPorts must be TCP ports (1-65535).")
            .ValidateOnStart();
        services.AddOptions<ParsingOptions>()
            .Bind(configuration.GetSection(ParsingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton<ParsingGate>();
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.TryAddSingleton<SafeConnector>();
        services.TryAddSingleton<ILanguageDetector, LinguaLanguageDetector>();
        services.TryAddSingleton<ArticleExtractor>();
        services.TryAddSingleton<ArticleBuilder>();
        services.TryAddSingleton<PageFetcher>();
        services.TryAddSingleton<BatchExtraction>();
        services.TryAddSingleton<ILinkReader, LinkReader>();
        services.TryAddSingleton<IDocumentReader, DocumentReader>();

        services.AddHttpClient(PageFetcher.HttpClientName, (sp, client) =>
            {
                client.DefaultRequestHeaders.UserAgent.ParseAdd(sp.GetRequiredService<IOptions<FetchOptions>>().Value.UserAgent);
                client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8");
                client.Timeout = Timeout.InfiniteTimeSpan; // PageFetcher applies Fetch:Timeout over all hops.
            })
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = sp.GetRequiredService<SafeConnector>().ConnectAsync,
                UseProxy = false,
                UseCookies = false,
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });

        return services;
    }
}
