using System.Diagnostics;

namespace Gist.Testing.Processes;

/// <summary>
/// Where src/Gist's build output is (gist.dll under src/Gist/bin/&lt;configuration&gt;/net10.0), found from the
/// repository root above the running assembly. A test project that references src/Gist builds it with itself.
/// </summary>
public static class GistBuild
{
    /// <summary>Debug or Release: the configuration the running test or tool was built in.</summary>
    public static string CurrentConfiguration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";

    /// <summary>The folder holding Bot.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string GistDll(string? configuration = null) =>
        Path.Combine(RepositoryRoot, "src", "Gist", "bin", configuration ?? CurrentConfiguration, "net10.0", "gist.dll");

    /// <summary>Builds src/Gist (incrementally), for tools that do not reference it.</summary>
    public static async Task BuildAsync(string configuration)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "build", Path.Combine(RepositoryRoot, "src", "Gist", "Gist.csproj"), "-c", configuration, "-nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var build = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = build.StandardOutput.ReadToEndAsync();
        var error = build.StandardError.ReadToEndAsync();
        await build.WaitForExitAsync();
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"Building src/Gist failed:\n{await output}{await error}");
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"Bot.sln not found above {AppContext.BaseDirectory}.");
    }
}
