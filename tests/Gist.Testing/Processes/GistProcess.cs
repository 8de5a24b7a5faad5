using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Gist.Testing.Processes;

/// <summary>
/// The real <c>gist bot</c> executable (src/Gist's gist.dll) as a child process, configured only through
/// environment variables as an operator would. Its console output is kept; it can be stopped with SIGTERM or
/// killed with SIGKILL, and its readiness read from the listener's <c>/readyz</c>.
/// </summary>
public sealed class GistProcess : IDisposable, IAsyncDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly Process process;
    private readonly StringBuilder output = new();

    private readonly string? folderToDelete;

    private GistProcess(Process process, string name, string? listenUrl, string? folderToDelete)
    {
        this.process = process;
        this.folderToDelete = folderToDelete;
        Name = name;
        ListenUrl = listenUrl;
    }

    public int Id => process.Id;

    /// <summary>How the test calls it (its Operations__InstanceId when set).</summary>
    public string Name { get; }

    /// <summary>The bot's own HTTP listener (Telegram__WebhookListenUrl), or null when none was set.</summary>
    public string? ListenUrl { get; }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Everything it wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Resident memory now (VmRSS), on Linux.</summary>
    public double? RssMegabytes => MemoryMegabytes("VmRSS");

    /// <summary>VmHWM: the kernel's record of the most resident memory the process ever had, on Linux.</summary>
    public double? PeakRssMegabytes => MemoryMegabytes("VmHWM");

    /// <summary>
    /// Starts <c>dotnet gist.dll bot</c> in <paramref name="workingDirectory"/> with these variables added to the test's
    /// own; the working folder is deleted with the process when <paramref name="deleteWorkingDirectory"/> is set.
    /// </summary>
    public static GistProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, string? gistDll = null,
        bool deleteWorkingDirectory = false)
    {
        var dll = gistDll ?? GistBuild.GistDll();
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing: build src/Gist first (a test project referencing it builds it).", dll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("bot");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var gist = new GistProcess(process, environment.GetValueOrDefault("Operations__InstanceId") ?? "gist",
            environment.GetValueOrDefault("Telegram__WebhookListenUrl"), deleteWorkingDirectory ? workingDirectory : null);
        process.OutputDataReceived += (_, e) => gist.Append(e.Data);
        process.ErrorDataReceived += (_, e) => gist.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return gist;
    }

    /// <summary>Waits until <c>/readyz</c> answers 200; fails at once if the process exits first.</summary>
    public async Task WaitForReadyAsync(TimeSpan timeout)
    {
        var url = (ListenUrl ?? throw new InvalidOperationException("No Telegram__WebhookListenUrl: the process has no listener to ask.")) + "/readyz";
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode} before it was ready:\n{LogTail()}");
            }

            try
            {
                using var response = await Probe.GetAsync(new Uri(url));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // The listener is not up yet.
            }
            catch (TaskCanceledException)
            {
                // A slow answer on a loaded machine: ask again.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{Name} was not ready within {timeout.TotalSeconds:F0} s:\n{LogTail()}");
    }

    /// <summary>SIGKILL: no shutdown code runs at all.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
    }

    /// <summary>SIGTERM: the host stops gracefully within Host__ShutdownTimeoutSeconds.</summary>
    public void Stop()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(CultureInfo.InvariantCulture) } })
            ?? throw new InvalidOperationException("kill did not start.");
        kill.WaitForExit();
    }

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
    }

    /// <summary>The last lines of its output, for a failure message.</summary>
    public string LogTail(int lines = 30) => string.Join('\n', Output.Split('\n').TakeLast(lines));

    public void Dispose()
    {
        Kill();
        process.Dispose();
        if (folderToDelete is not null)
        {
            try
            {
                Directory.Delete(folderToDelete, recursive: true);
            }
            catch (IOException)
            {
                // Something still holds a file open: it is a temporary folder anyway.
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private double? MemoryMegabytes(string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            var value = line?[(field.Length + 1)..].Trim();
            return value is not null && value.EndsWith(" kB", StringComparison.Ordinal)
                ? double.Parse(value[..^3], CultureInfo.InvariantCulture) / 1024
                : null;
        }
        catch (IOException)
        {
            return null; // not Linux, or the process is gone
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
