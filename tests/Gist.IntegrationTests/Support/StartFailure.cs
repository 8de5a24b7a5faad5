using Gist.Hosting;
using Gist.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gist.IntegrationTests.Support;

/// <summary>Builds the real host with the given settings (a SQLite file in a temporary folder) and returns why it refused to start.</summary>
public static class StartFailure
{
    public static async Task<OptionsValidationException> Of(Dictionary<string, string?> settings)
    {
        var folder = Directory.CreateTempSubdirectory("gist-config-").FullName;
        settings.TryAdd("Storage:Path", Path.Combine(folder, "gist.db"));
        var builder = GistHost.CreateBuilder(logToStandardError: true, settings);
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        using var host = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }
}
