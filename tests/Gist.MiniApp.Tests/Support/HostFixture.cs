namespace Gist.MiniApp.Tests.Support;

/// <summary>One running bot per test class (starting one takes seconds); tests use their own user ids.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    private MiniAppHost? host;

    public MiniAppHost Host => host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => host = await MiniAppHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
