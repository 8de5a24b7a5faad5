using Gist.Core.Storage;
using Gist.Core.Telemetry;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Gist.Telegram.Operations;

/// <summary>
/// One scrape of /metrics: reads the inbox backlog from the database (a gauge cannot await), then makes the
/// OpenTelemetry reader collect, which hands the batch to <see cref="PrometheusTextExporter"/>. Scrapes are
/// serialized: a collection is not re-entrant.
/// </summary>
public sealed class MetricsScrape(IUpdateInbox inbox, IOptions<OperationsOptions> options) : IDisposable
{
    private readonly SemaphoreSlim one = new(1, 1);

    public PrometheusTextExporter Exporter { get; } = new(options.Value.EffectiveInstanceId);

    public MetricReader Reader => reader ??= new BaseExportingMetricReader(Exporter);

    private MetricReader? reader;

    public async Task<string> CollectAsync(CancellationToken cancellationToken)
    {
        await one.WaitAsync(cancellationToken);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.ProbeTimeoutSeconds));
            try
            {
                GistMetrics.RecordInboxPending((await inbox.CountAsync(timeout.Token)).Pending);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The database is away: the gauge keeps its last value, /readyz says why.
            }

            Reader.Collect();
            return Exporter.Latest;
        }
        finally
        {
            one.Release();
        }
    }

    public void Dispose() => one.Dispose();
}
