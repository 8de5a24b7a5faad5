using System.Globalization;
using System.Text;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Gist.Telegram.Operations;

/// <summary>
/// Renders one OpenTelemetry collection in Prometheus' text exposition format 0.0.4
/// (https://prometheus.io/docs/instrumenting/exposition_formats/): counters as <c>_total</c>, histograms as
/// cumulative <c>_bucket{le=…}</c> plus <c>_sum</c> and <c>_count</c>, seconds as <c>_seconds</c>, and every series
/// labelled with the instance id (<c>gist_instance</c>). <see cref="MetricsScrape"/> collects on request; no
/// ExportModes(Pull) attribute, since the SDK lets only its own internal pull exporters collect in that mode.
/// </summary>
public sealed class PrometheusTextExporter(string instance) : BaseExporter<Metric>
{
    private string latest = "";

    /// <summary>The text of the last collection.</summary>
    public string Latest => Volatile.Read(ref latest);

    public override ExportResult Export(in Batch<Metric> batch)
    {
        var text = new StringBuilder();
        foreach (var metric in batch)
        {
            Write(text, metric);
        }

        Volatile.Write(ref latest, text.ToString());
        return ExportResult.Success;
    }

    private void Write(StringBuilder text, Metric metric)
    {
        var name = PrometheusName(metric);
        var (type, isCounter) = metric.MetricType switch
        {
            MetricType.LongSum or MetricType.DoubleSum => ("counter", true),
            MetricType.Histogram => ("histogram", false),
            _ => ("gauge", false),
        };
        var series = isCounter ? name + "_total" : name;
        text.Append("# HELP ").Append(series).Append(' ').Append(metric.Description.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        text.Append("# TYPE ").Append(series).Append(' ').Append(type).Append('\n');
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            var labels = Labels(point.Tags);
            switch (metric.MetricType)
            {
                case MetricType.LongSum or MetricType.LongSumNonMonotonic:
                    Line(text, series, labels, point.GetSumLong());
                    break;
                case MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic:
                    Line(text, series, labels, point.GetSumDouble());
                    break;
                case MetricType.LongGauge:
                    Line(text, series, labels, point.GetGaugeLastValueLong());
                    break;
                case MetricType.DoubleGauge:
                    Line(text, series, labels, point.GetGaugeLastValueDouble());
                    break;
                case MetricType.Histogram:
                    long cumulative = 0;
                    foreach (var bucket in point.GetHistogramBuckets())
                    {
                        cumulative += bucket.BucketCount;
                        var le = double.IsPositiveInfinity(bucket.ExplicitBound) ? "+Inf" : Number(bucket.ExplicitBound);
                        Line(text, name + "_bucket", labels + ",le=\"" + le + "\"", cumulative);
                    }

                    Line(text, name + "_sum", labels, point.GetHistogramSum());
                    Line(text, name + "_count", labels, point.GetHistogramCount());
                    break;
            }
        }
    }

    private string Labels(ReadOnlyTagCollection tags)
    {
        var labels = new StringBuilder("gist_instance=\"").Append(Escape(instance)).Append('"');
        foreach (var tag in tags)
        {
            labels.Append(',').Append(Sanitize(tag.Key)).Append("=\"").Append(Escape(Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "")).Append('"');
        }

        return labels.ToString();
    }

    private static void Line(StringBuilder text, string series, string labels, double value) =>
        text.Append(series).Append('{').Append(labels).Append("} ").Append(Number(value)).Append('\n');

    private static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : double.IsNegativeInfinity(value) ? "-Inf" : double.IsNaN(value) ? "NaN"
        : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>gist.update.duration with unit s → gist_update_duration_seconds; units in braces ({update}) are annotations and dropped.</summary>
    private static string PrometheusName(Metric metric)
    {
        var name = Sanitize(metric.Name);
        return metric.Unit switch
        {
            "s" => name + "_seconds",
            "By" => name + "_bytes",
            _ => name,
        };
    }

    private static string Sanitize(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ':' ? c : '_').ToArray();
        return char.IsAsciiDigit(chars[0]) ? "_" + new string(chars) : new string(chars);
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
