using System.Reflection;
using System.Text.RegularExpressions;
using Gist.Digests;
using Gist.Extraction.Fetching;
using Gist.Hosting;
using Gist.Storage;
using Gist.Summarization.Llm;
using Gist.Telegram;

namespace Gist.IntegrationTests;

/// <summary>
/// README.md's configuration table lists every setting the app reads, and nothing else: the settings are the
/// properties of the options classes (each has a SectionName), written as environment variables (Section__Name).
/// </summary>
public sealed partial class ReadmeConfigurationTableTests
{
    // One type from each assembly that holds options classes; every options class in them is found by its SectionName.
    private static readonly Assembly[] Assemblies =
    [
        typeof(TelegramOptions).Assembly, typeof(LlmOptions).Assembly, typeof(DigestsOptions).Assembly,
        typeof(FetchOptions).Assembly, typeof(StorageOptions).Assembly, typeof(ShutdownOptions).Assembly,
        typeof(Gist.Media.MediaOptions).Assembly, typeof(Gist.Evaluation.Running.EvaluationOptions).Assembly,
        typeof(Gist.MiniApp.MiniAppOptions).Assembly,
    ];

    [Fact]
    public void The_configuration_table_lists_every_setting_of_every_options_class()
    {
        var documented = DocumentedSettings();

        Assert.Empty(Settings().Except(documented, StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_configuration_table_lists_no_setting_the_app_does_not_read()
    {
        var read = Settings().ToHashSet(StringComparer.Ordinal);

        Assert.Empty(DocumentedSettings().Where(s => !read.Contains(s)).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Settings() =>
        from type in Assemblies.SelectMany(a => a.GetTypes())
        let section = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)
        where type.Name.EndsWith("Options", StringComparison.Ordinal) && section is { IsLiteral: true }
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where property.CanWrite
        select ((string)section.GetRawConstantValue()!).Replace(":", "__", StringComparison.Ordinal) + "__" + property.Name;

    /// <summary>The backticked names in the first column of the table under "### Configuration".</summary>
    private static HashSet<string> DocumentedSettings()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var start = readme.IndexOf("### Configuration", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '### Configuration' section.");
        var section = readme[start..];
        var end = section.IndexOf("\n#", 1, StringComparison.Ordinal);
        var rows = (end > 0 ? section[..end] : section).Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal));
        return rows.SelectMany(r => SettingName().Matches(r.Split('|')[1]).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")) && File.Exists(Path.Combine(dir.FullName, "README.md")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No Bot.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"`([A-Za-z]+(?:__[A-Za-z]+)+)`")]
    private static partial Regex SettingName();
}
