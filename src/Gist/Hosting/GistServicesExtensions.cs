using Gist.Extraction;
using Gist.Input;
using Gist.Media;
using Gist.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gist.Hosting;

public static class GistServicesExtensions
{
    /// <summary>Everything but Telegram: storage, input cleaning, extraction, summarization.</summary>
    public static IHostApplicationBuilder AddGistPipeline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGistStorage(builder.Configuration);
        builder.Services.AddHostedService<StorageInitializer>();
        builder.Services.AddGistExtraction(builder.Configuration);
        builder.Services.AddSingleton<PastedTextCleaner>();
        builder.Services.AddSingleton<PastedArticleFactory>();
        builder.AddGistSummarization();
        builder.AddGistMedia();
        return builder;
    }
}
