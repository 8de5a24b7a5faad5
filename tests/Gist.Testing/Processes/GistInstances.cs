using System.Globalization;

namespace Gist.Testing.Processes;

/// <summary>
/// Several <c>gist bot</c> processes of one bot on one database (gist-1 … gist-N), each with its own listener port and
/// working folder, started together as a rolling deploy would and awaited until each answers <c>/readyz</c>.
/// </summary>
public sealed class GistInstances : IAsyncDisposable
{
    private readonly string folder;

    private GistInstances(IReadOnlyList<GistProcess> all, string folder)
    {
        All = all;
        this.folder = folder;
    }

    public IReadOnlyList<GistProcess> All { get; }

    /// <summary>Those still running.</summary>
    public IReadOnlyList<GistProcess> Live => [.. All.Where(p => !p.HasExited)];

    /// <summary>
    /// Starts <paramref name="count"/> instances, each with a copy of <paramref name="shared"/> (which names one shared
    /// database) given its instance id, a free listener port and whatever <paramref name="vary"/> adds (webhook mode, say).
    /// </summary>
    public static async Task<GistInstances> StartAsync(int count, GistEnvironment shared, TimeSpan readyTimeout,
        Func<GistEnvironment, int, GistEnvironment>? vary = null)
    {
        var folder = Directory.CreateTempSubdirectory("gist-instances-").FullName;
        var all = new List<GistProcess>();
        var instances = new GistInstances(all, folder);
        try
        {
            for (var i = 1; i <= count; i++)
            {
                var name = "gist-" + i.ToString(CultureInfo.InvariantCulture);
                var environment = shared.Copy().Instance(name).Listener(LoopbackPort.Free());
                environment = vary?.Invoke(environment, i) ?? environment;
                var workingDirectory = Directory.CreateDirectory(Path.Combine(folder, name)).FullName;
                all.Add(GistProcess.Start(workingDirectory, environment.Variables));
            }

            await Task.WhenAll(all.Select(p => p.WaitForReadyAsync(readyTimeout)));
            return instances;
        }
        catch
        {
            await instances.DisposeAsync();
            throw;
        }
    }

    /// <summary>Every instance's last lines of output, for a failure message.</summary>
    public string LogTails(int lines = 20) =>
        string.Join("\n", All.Select(p => $"--- {p.Name} ({(p.HasExited ? "exited" : "running")}):\n{p.LogTail(lines)}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var process in All)
        {
            await process.DisposeAsync();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
