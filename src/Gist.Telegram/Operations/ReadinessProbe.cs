using Gist.Core.Storage;
using Gist.Telegram.Processing;
using Gist.Telegram.Receiving;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Operations;

/// <summary>
/// Whether this instance should get traffic: started and not stopping, the database answering within the probe
/// timeout with no more than Operations__MaxPendingUpdates waiting in the inbox, and the services that receive and
/// process updates still running (a background service that ended or crashed takes the instance out).
/// </summary>
public sealed class ReadinessProbe(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    IOptions<OperationsOptions> options)
{
    public async Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var checks = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lifecycle"] = lifetime.ApplicationStopping.IsCancellationRequested ? "stopping"
                : lifetime.ApplicationStarted.IsCancellationRequested ? "ok" : "starting",
        };

        int? pending = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.ProbeTimeoutSeconds));
        try
        {
            var counts = await services.GetRequiredService<IUpdateInbox>().CountAsync(timeout.Token);
            pending = counts.Pending;
            checks["storage"] = "ok";
            checks["inbox"] = counts.Pending <= settings.MaxPendingUpdates ? "ok" : $"{counts.Pending} updates pending (over {settings.MaxPendingUpdates})";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            checks["storage"] = $"no answer within {settings.ProbeTimeoutSeconds} s";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The type only: a driver's message can carry the connection string's host or user.
            checks["storage"] = "unreachable (" + ex.GetType().Name + ")";
        }

        foreach (var service in services.GetServices<IHostedService>().OfType<BackgroundService>())
        {
            if (service is UpdateReceiver or UpdateWorker)
            {
                var name = service is UpdateWorker ? "processing" : "receiving";
                checks[name] = service.ExecuteTask is { IsCompleted: true } ended
                    ? ended.IsFaulted ? "crashed" : "stopped"
                    : "ok";
            }
        }

        var ready = checks.Values.All(v => v == "ok");
        return new ReadinessReport(ready, settings.EffectiveInstanceId, checks, pending);
    }
}
