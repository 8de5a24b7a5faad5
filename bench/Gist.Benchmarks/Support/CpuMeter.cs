using System.Globalization;

namespace Gist.Benchmarks.Support;

/// <summary>
/// CPU used over a window, from /proc: the whole machine's busy share (all cores, 100 % = every core busy) and the
/// CPU seconds of given processes. On a shared 2-core machine this says whether a figure was bound by the CPU.
/// </summary>
public sealed class CpuMeter
{
    private readonly (long Busy, long Total) machineStart = MachineTicks();
    private readonly Dictionary<int, long> processStart;
    private readonly DateTime started = DateTime.UtcNow;

    public CpuMeter(IEnumerable<int> processIds) => processStart = processIds.ToDictionary(id => id, ProcessTicks);

    /// <summary>The machine's busy share since the start, 0–1.</summary>
    public double MachineBusy()
    {
        var (busy, total) = MachineTicks();
        return total == machineStart.Total ? 0 : (double)(busy - machineStart.Busy) / (total - machineStart.Total);
    }

    /// <summary>The processes' CPU time since the start, in cores (1.0 = one core busy all the time).</summary>
    public double ProcessCores()
    {
        double seconds = (DateTime.UtcNow - started).TotalSeconds;
        long ticks = processStart.Sum(p => ProcessTicks(p.Key) - p.Value);
        return seconds <= 0 ? 0 : ticks / 100.0 / seconds;
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"machine CPU {MachineBusy():P0} busy of {Environment.ProcessorCount} cores, gist processes {ProcessCores():F2} cores, load average {MachineInfo.LoadAverage()}");

    /// <summary>The "cpu" line of /proc/stat: busy and total jiffies (idle and iowait are not busy).</summary>
    private static (long Busy, long Total) MachineTicks()
    {
        try
        {
            string[] fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long[] values = [.. fields.Skip(1).Take(8).Select(v => long.Parse(v, CultureInfo.InvariantCulture))];
            long idle = values[3] + values[4];
            long total = values.Sum();
            return (total - idle, total);
        }
        catch (IOException)
        {
            return (0, 0);
        }
    }

    /// <summary>utime + stime of a process, in clock ticks (100 a second on Linux); 0 once it is gone.</summary>
    private static long ProcessTicks(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
