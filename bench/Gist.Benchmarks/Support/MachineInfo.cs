using System.Globalization;
using System.Runtime.InteropServices;

namespace Gist.Benchmarks.Support;

/// <summary>The machine a figure was measured on: cores, CPU model, memory, and the load while it ran.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var cpu = ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadField("/proc/meminfo", "MemTotal") ?? "unknown";
        return $"machine: {Environment.ProcessorCount} cores, {cpu}, memory {memory}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; load average {LoadAverage()}";
    }

    /// <summary>The 1-, 5- and 15-minute load averages (other work on the machine skews the figures).</summary>
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', parts.Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>A "Key: value" field of a /proc status file, in kB for memory fields.</summary>
    public static string? ReadField(string path, string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        foreach (var line in File.ReadLines(path))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals(key, StringComparison.Ordinal))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }

    /// <summary>VmHWM (peak resident set) or VmRSS of a process, in MB, from /proc/&lt;pid&gt;/status.</summary>
    public static double? MemoryMegabytes(int pid, string field)
    {
        var value = ReadField($"/proc/{pid}/status", field);
        if (value is null || !value.EndsWith(" kB", StringComparison.Ordinal))
        {
            return null;
        }

        return double.Parse(value[..^3], CultureInfo.InvariantCulture) / 1024;
    }
}
