using System.Globalization;
using System.Text;

namespace Gist.Benchmarks.Load;

/// <summary>What a load run measured, and the targets of issue 6 it is held to.</summary>
public sealed class LoadReport
{
    public const double ThroughputTarget = 0.95;
    public const double MemoryTargetMegabytes = 200;

    public required LoadSettings Settings { get; init; }
    public required TimeSpan Elapsed { get; init; }
    public required int Answered { get; init; }
    public required int ModelCalls { get; init; }
    public required int ModelPeakConcurrency { get; init; }
    public required int PeakInFlight { get; init; }
    public required double IdleRssMegabytes { get; init; }
    public required double PeakRssMegabytes { get; init; }
    public required int OrderViolations { get; init; }
    public required int ModelOrderViolations { get; init; }
    public required string LoadAverage { get; init; }
    public int RepeatModelCalls { get; set; }
    public int SimultaneousTwinModelCalls { get; set; }

    public double AchievedPerSecond => Answered / Elapsed.TotalSeconds;

    public double OfBound => AchievedPerSecond / Settings.BoundPerSecond;

    public bool Lossless => Answered == Settings.Requests && OrderViolations == 0 && ModelOrderViolations == 0;

    public string Describe()
    {
        var s = new StringBuilder();
        s.AppendLine(string.Create(CultureInfo.InvariantCulture, $"answered {Answered}/{Settings.Requests} in {Elapsed.TotalSeconds:F1} s; model calls {ModelCalls} (peak {ModelPeakConcurrency} at once); peak requests in flight in the bot {PeakInFlight}"));
        s.AppendLine(string.Create(CultureInfo.InvariantCulture, $"throughput {AchievedPerSecond:F3} requests/s vs bound C/L = {Settings.Concurrency}/{Settings.LatencySeconds} s = {Settings.BoundPerSecond:F3}/s: {OfBound:P1} of the bound"));
        s.AppendLine($"per-chat order: {OrderViolations} chats with replies missing or out of order; {ModelOrderViolations} chats whose articles reached the model out of order");
        s.AppendLine(string.Create(CultureInfo.InvariantCulture, $"memory: idle RSS {IdleRssMegabytes:F0} MB, peak RSS (VmHWM) {PeakRssMegabytes:F0} MB"));
        s.AppendLine($"repeated article: {RepeatModelCalls} model calls; the same new article from two chats at once: {SimultaneousTwinModelCalls} model calls");
        s.Append($"load average at the end: {LoadAverage}");
        return s.ToString();
    }
}
