using Gist.IntegrationTests.Support;

namespace Gist.IntegrationTests;

/// <summary>The host refuses to start on a missing or bad setting, naming it.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task A_missing_bot_token_is_named()
    {
        var error = await StartFailure.Of(new() { ["Telegram:BotToken"] = "" });

        Assert.Contains("Telegram__BotToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_provider_without_its_settings_is_named()
    {
        var error = await StartFailure.Of(new()
        {
            ["Telegram:BotToken"] = "123456:ABCDEFGHIJKLMNOP",
            ["Llm:Provider"] = "azure-openai",
        });

        Assert.Contains("Llm__Endpoint", error.Message, StringComparison.Ordinal);
    }
}
