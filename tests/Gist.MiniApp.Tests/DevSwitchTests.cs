using System.Net;
using Gist.MiniApp.Tests.Support;
using Gist.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Gist.MiniApp.Tests;

/// <summary>MiniApp:DevUserId lets a browser in without initData; it is off by default and refused for a real bot in Production.</summary>
public sealed class DevSwitchTests
{
    [Theory]
    [InlineData("Production", "https://api.telegram.org", 5, false)]
    [InlineData("Production", "https://api.telegram.org", 0, true)]
    [InlineData("Development", "https://api.telegram.org", 5, true)]
    [InlineData("Production", "http://127.0.0.1:8081", 5, true)]
    public void The_switch_is_refused_only_for_a_real_bot_in_production(string environment, string apiBaseUrl, long devUser, bool accepted)
    {
        var validator = new MiniAppOptionsValidator(
            new HostingEnvironment { EnvironmentName = environment },
            Options.Create(new TelegramOptions { BotToken = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ", ApiBaseUrl = apiBaseUrl }));

        var result = validator.Validate(null, new MiniAppOptions { DevUserId = devUser });

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            Assert.Contains("MiniApp__DevUserId", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task With_the_switch_a_request_without_initData_is_the_dev_user_and_signed_requests_still_count()
    {
        await using var host = await MiniAppHost.StartAsync(new Dictionary<string, string?> { ["MiniApp:DevUserId"] = "5005" });

        using var anonymous = await host.GetAsync("/app/api/me", null);
        using var forged = await host.GetAsync("/app/api/me", "auth_date=1&hash=00");

        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Contains("\"id\":5005", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public void The_switch_is_off_by_default() => Assert.False(new MiniAppOptions().DevModeOn);
}
