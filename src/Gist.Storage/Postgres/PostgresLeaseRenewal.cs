using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Storage.Postgres;

/// <summary>
/// Keeps this instance's claims on the updates it is processing alive: renews them every third of
/// <see cref="StorageOptions.LeaseSeconds"/>. While the database cannot be reached it keeps trying; a claim that
/// expires meanwhile goes to another instance, which is what a dead instance's claims must do.
/// </summary>
public sealed class PostgresLeaseRenewal(
    PostgresUpdateInbox inbox, IOptions<StorageOptions> options, TimeProvider time, ILogger<PostgresLeaseRenewal> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeSpan every = TimeSpan.FromSeconds(options.Value.LeaseSeconds) / 3;
        using var timer = new PeriodicTimer(every, time);
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                await inbox.RenewLeasesAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not renew the claims of instance {Instance} on its updates in progress", inbox.InstanceId);
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
