using Gist.Summarization.Prompts;

namespace Gist.Summarization.Tests.LongArticles;

/// <summary>The repository's own prompts/ folder (found above the test binaries), so the tests use the real templates.</summary>
public static class RepoPrompts
{
    public static PromptLibrary Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return PromptLibrary.Load(Path.Combine(dir.FullName, "prompts"));
            }
        }

        throw new DirectoryNotFoundException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
