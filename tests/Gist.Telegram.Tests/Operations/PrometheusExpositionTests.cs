using Gist.Core.Storage;
using Gist.Core.Telemetry;
using Gist.Telegram.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using OpenTelemetry.Metrics;

namespace Gist.Telegram.Tests.Operations;

/// <summary>The text /metrics serves, from a real OpenTelemetry MeterProvider over the bot's meter.</summary>
public sealed class PrometheusExpositionTests
{
    [Fact]
    public async Task Counters_histograms_and_the_inbox_gauge_come_out_in_prometheus_text_with_the_instance_label()
    {
        var inbox = new Mock<IUpdateInbox>();
        inbox.Setup(i => i.CountAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new InboxCounts(7, 1, 0, 0));
        using var scrape = new MetricsScrape(inbox.Object, Options.Create(new OperationsOptions { InstanceId = "node \"a\"" }));
        using var provider = OpenTelemetry.Sdk.CreateMeterProviderBuilder().AddMeter(GistMetrics.MeterName).AddReader(scrape.Reader).Build();

        GistMetrics.DigestsSent.Add(2);
        GistMetrics.ModelDuration.Record(0.3, new KeyValuePair<string, object?>("deployment", "east"), new KeyValuePair<string, object?>("outcome", "ok"));
        var text = await scrape.CollectAsync(CancellationToken.None);

        Assert.Contains("# TYPE gist_digests_sent_total counter\n", text, StringComparison.Ordinal);
        Assert.Matches(@"gist_digests_sent_total\{gist_instance=""node \\""a\\""""\} [2-9]", text);
        Assert.Contains("# TYPE gist_model_duration_seconds histogram\n", text, StringComparison.Ordinal);
        Assert.Contains("gist_model_duration_seconds_bucket{gist_instance=\"node \\\"a\\\"\",deployment=\"east\",outcome=\"ok\",le=\"0.25\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("gist_model_duration_seconds_bucket{gist_instance=\"node \\\"a\\\"\",deployment=\"east\",outcome=\"ok\",le=\"0.5\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("gist_model_duration_seconds_bucket{gist_instance=\"node \\\"a\\\"\",deployment=\"east\",outcome=\"ok\",le=\"+Inf\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("gist_model_duration_seconds_count{gist_instance=\"node \\\"a\\\"\",deployment=\"east\",outcome=\"ok\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("gist_inbox_pending{gist_instance=\"node \\\"a\\\"\"} 7\n", text, StringComparison.Ordinal);
    }
}
