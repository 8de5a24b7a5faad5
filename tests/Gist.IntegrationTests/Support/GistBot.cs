using Gist.HostTesting;
using Gist.Testing.BotApi;
using Microsoft.Extensions.Logging;

namespace Gist.IntegrationTests.Support;

/// <summary>
/// The real host in-process for the integration tests: links may point at the local page server (127.0.0.1 is
/// allowed, on the ports the tests use), and debug logs are captured.
/// </summary>
public sealed class GistBot : InProcessGist
{
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Fetch:AllowPrivateNetworks"] = "true",
        ["Fetch:AllowedPorts:0"] = "80",
        ["Fetch:AllowedPorts:1"] = "443",
    };

    private GistBot((Microsoft.Extensions.Hosting.IHost Host, LogCapture Logs) started, string folder)
        : base(started.Host, started.Logs, folder)
    {
    }

    public static async Task<GistBot> StartAsync(FakeBotApiServer telegram, IReadOnlyDictionary<string, string?>? settings = null, string? folder = null)
    {
        folder ??= Directory.CreateTempSubdirectory("gist-it-").FullName;
        return new GistBot(await StartHostAsync(telegram, folder, LogLevel.Debug, Defaults, settings), folder);
    }
}
