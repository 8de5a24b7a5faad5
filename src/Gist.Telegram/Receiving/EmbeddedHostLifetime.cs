using Microsoft.Extensions.Hosting;

namespace Gist.Telegram.Receiving;

/// <summary>
/// The lifetime of the webhook listener's own WebApplication: it starts and stops with the bot's host, so it must
/// not register a second set of Ctrl+C/SIGTERM handlers or print "Application started" a second time, as the
/// default console lifetime would.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
