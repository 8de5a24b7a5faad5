using Gist.Extraction;
using Gist.Input;
using Gist.Media;
using Gist.Storage;
using Gist.Summarization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gist.Hosting;

public static class GistServicesExtensions
{
    /// <summary>Everything but Telegram, each project's own registration: storage, input cleaning, extraction, summarization.</summary>
    public static IHostApplicationBuilder AddGistPipeline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGistStorage(builder.Configuration);
        builder.Services.AddHostedService<StorageInitializer>();
        builder.Services.AddGistExtraction(builder.Configuration);
        builder.AddGistInput();
        builder.AddGistSummarization();
        builder.AddGistMedia();
        return builder;
    }
}
