using Gist.Testing.Processes;

namespace Gist.Benchmarks.Support;

/// <summary>
/// The Release build of <c>gist bot</c> as the benchmarks run it: a child process in a temporary folder of its own
/// (its SQLite path there unless the environment names another store), logging warnings only.
/// </summary>
public static class ReleaseBot
{
    public static async Task BuildAsync()
    {
        Console.WriteLine("building src/Gist in Release ...");
        await GistBuild.BuildAsync("Release");
    }

    public static GistProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var folder = Directory.CreateTempSubdirectory("gist-bench-").FullName;
        var variables = new Dictionary<string, string>
        {
            ["Storage__Path"] = Path.Combine(folder, "gist.db"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in environment)
        {
            variables[key] = value;
        }

        return GistProcess.Start(folder, variables, GistBuild.GistDll("Release"), deleteWorkingDirectory: true);
    }
}
