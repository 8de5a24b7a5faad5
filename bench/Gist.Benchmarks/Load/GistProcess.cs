using System.Diagnostics;
using Gist.Benchmarks.Support;

namespace Gist.Benchmarks.Load;

/// <summary>
/// The real <c>gist bot</c> (Release build) as a child process, configured only through environment variables
/// as an operator would, with its database in a temporary folder. Samples its resident memory while it runs.
/// </summary>
public sealed class GistProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampler;
    private double peakSampledRss;

    private GistProcess(Process process, string folder)
    {
        this.process = process;
        this.folder = folder;
        sampler = Task.Run(SampleAsync);
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>VmHWM: the kernel's record of the most resident memory the process ever had.</summary>
    public double? PeakRssMegabytes => MachineInfo.MemoryMegabytes(process.Id, "VmHWM");

    public double? RssMegabytes => MachineInfo.MemoryMegabytes(process.Id, "VmRSS");

    public double PeakSampledRssMegabytes => Volatile.Read(ref peakSampledRss);

    /// <summary>
    /// Updates the bot has claimed and not finished: its own inbox rows in state in_progress (read-only, WAL lets
    /// the reader run beside the bot). This is what "in flight" means: a claimed update's objects are in memory.
    /// </summary>
    public int InProgressCount()
    {
        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection(
                $"Data Source={Path.Combine(folder, "gist.db")};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM inbox WHERE state = 'in_progress'";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    /// <summary>Builds gist in Release (incremental), unless told not to.</summary>
    public static async Task BuildAsync()
    {
        Console.WriteLine("building src/Gist in Release ...");
        using var build = Process.Start(new ProcessStartInfo("dotnet", $"build \"{Path.Combine(RepoPaths.Root, "src", "Gist", "Gist.csproj")}\" -c Release -nologo -v q")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var output = await build.StandardOutput.ReadToEndAsync();
        await build.WaitForExitAsync();
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException("Building src/Gist failed:\n" + output);
        }
    }

    public static GistProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        if (!File.Exists(RepoPaths.GistExecutable))
        {
            throw new FileNotFoundException($"{RepoPaths.GistExecutable} is missing: build src/Gist in Release first.");
        }

        var folder = Directory.CreateTempSubdirectory("gist-load-").FullName;
        var info = new ProcessStartInfo(RepoPaths.GistExecutable, "bot")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["Storage__Path"] = Path.Combine(folder, "gist.db");
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        var log = new StreamWriter(Path.Combine(folder, "gist.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new GistProcess(process, folder);
    }

    public string LogTail(int lines = 30)
    {
        var path = Path.Combine(folder, "gist.log");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return string.Join('\n', reader.ReadToEnd().Split('\n').TakeLast(lines));
        }
        catch (IOException)
        {
            return "";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampler;
        if (!process.HasExited)
        {
            // SIGTERM would be kinder, but the run is over and its results already read.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        stop.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task SampleAsync()
    {
        while (!stop.IsCancellationRequested && !process.HasExited)
        {
            if (RssMegabytes is { } rss && rss > peakSampledRss)
            {
                Volatile.Write(ref peakSampledRss, rss);
            }

            try
            {
                await Task.Delay(200, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
