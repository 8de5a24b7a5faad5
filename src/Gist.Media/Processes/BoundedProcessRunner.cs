using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Gist.Media.Processes;

/// <summary>
/// Runs an external program on untrusted input under limits: an argument list (never a shell), a wall-clock limit
/// after which the process is killed, a cap on the output kept (the rest is drained and dropped), and, where
/// util-linux's <c>prlimit</c> is installed, a cap on its address space (RLIMIT_AS, set before the program starts:
/// https://man7.org/linux/man-pages/man1/prlimit.1.html).
/// </summary>
public sealed class BoundedProcessRunner(ILogger<BoundedProcessRunner> logger)
{
    private const int MaxErrorCharacters = 4096;
    private static readonly Lazy<string?> Prlimit = new(() => ExecutableLocator.Find("prlimit"));

    /// <summary>Runs <paramref name="executable"/> (a full path) with <paramref name="arguments"/>.</summary>
    public async Task<ProcessOutcome> RunAsync(string executable, IReadOnlyList<string> arguments, ProcessLimits limits,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (Prlimit.Value is { } prlimit)
        {
            start.FileName = prlimit;
            start.ArgumentList.Add("--as=" + limits.MemoryBytes.ToString(CultureInfo.InvariantCulture));
            start.ArgumentList.Add("--core=0");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(executable);
        }
        else
        {
            start.FileName = executable;
            logger.LogWarning("prlimit is not installed: {Program} runs without a memory limit", Path.GetFileName(executable));
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        var output = ReadCappedAsync(process.StandardOutput, limits.MaxOutputCharacters);
        var error = ReadCappedAsync(process.StandardError, MaxErrorCharacters);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            logger.LogWarning("{Program} ran past {Seconds} s and was stopped", Path.GetFileName(executable), limits.Timeout.TotalSeconds);
            return new ProcessOutcome(-1, (await output).Text, (await error).Text, TimedOut: true, OutputTruncated: false);
        }

        var (text, truncated) = await output;
        return new ProcessOutcome(process.ExitCode, text, (await error).Text, TimedOut: false, truncated);
    }

    private static async Task<(string Text, bool Truncated)> ReadCappedAsync(StreamReader reader, int maxCharacters)
    {
        var kept = new StringBuilder();
        var buffer = new char[8192];
        var truncated = false;
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            var room = maxCharacters - kept.Length;
            if (room > 0)
            {
                kept.Append(buffer, 0, Math.Min(room, read));
            }

            truncated |= read > room;
        }

        return (kept.ToString(), truncated);
    }
}
