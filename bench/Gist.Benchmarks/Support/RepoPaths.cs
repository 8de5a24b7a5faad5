namespace Gist.Benchmarks.Support;

/// <summary>Where the repository's files are: found by walking up from the current folder to Bot.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Prompts => Path.Combine(Root, "prompts");

    public static string Samples => Path.Combine(Root, "samples", "articles");

    /// <summary>The 4.5 KB sample used for the overhead benchmark (a typical pasted news article).</summary>
    public static string FiveKilobyteSample => Path.Combine(Samples, "002_d6c21662765e2803.txt");

    public static IReadOnlyList<string> AllSamples() => [.. Directory.GetFiles(Samples, "*.txt").Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from inside the repository (Bot.sln was not found above the current folder).");
    }
}
