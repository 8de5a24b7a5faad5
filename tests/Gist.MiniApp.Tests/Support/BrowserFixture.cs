using Gist.Testing.Media;
using Microsoft.Playwright;

namespace Gist.MiniApp.Tests.Support;

/// <summary>
/// The bot (<see cref="MiniAppHost"/>) and a headless Chromium: Debian's package, driven by Playwright, which never
/// downloads a browser of its own here. When Chromium is missing the tests are skipped with the reason
/// (<see cref="RequiresProgramsFactAttribute"/>); under CI=true they fail instead.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;
    private MiniAppHost? host;

    public MiniAppHost Host => host ?? throw new InvalidOperationException("Not started.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("Chromium is not running: " + Programs.MissingMessage(["chromium"]));

    /// <summary>Where the screenshots of each view go: TestResults/miniapp-screenshots in the test's output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "miniapp-screenshots");

    public async Task InitializeAsync()
    {
        host = await MiniAppHost.StartAsync();
        if (Programs.Find("chromium") is not { } chromium)
        {
            return;
        }

        Directory.CreateDirectory(ScreenshotFolder);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Tests may run as root in a container, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
