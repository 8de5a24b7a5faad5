using Gist.Hosting;
using Gist.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gist.IntegrationTests;

/// <summary>The host refuses to start on a missing or bad setting, naming it.</summary>
public sealed class ConfigurationTests
{
    private static async Task<OptionsValidationException> StartFailure(Dictionary<string, string?> settings)
    {
        var folder = Directory.CreateTempSubdirectory("gist-config-").FullName;
        settings["Storage:Path"] = Path.Combine(folder, "gist.db");
        var builder = GistHost.CreateBuilder(logToStandardError: true, settings);
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        using var host = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public async Task A_missing_bot_token_is_named()
    {
        var error = await StartFailure(new() { ["Telegram:BotToken"] = "" });

        Assert.Contains("Telegram__BotToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_provider_without_its_settings_is_named()
    {
        var error = await StartFailure(new()
        {
            ["Telegram:BotToken"] = "123456:ABCDEFGHIJKLMNOP",
            ["Llm:Provider"] = "azure-openai",
        });

        Assert.Contains("Llm__Endpoint", error.Message, StringComparison.Ordinal);
    }
}
