using Gist.Core.Abstractions;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;
using Gist.Summarization.Verification;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Gist.Summarization.Tests.Llm;

internal static class SummarizerFactory
{
    public static PromptLibrary Prompts() => PromptLibrary.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));

    /// <summary>A detector that calls text English when most of its letters are Latin, else Arabic.</summary>
    public static ILanguageDetector ScriptDetector() => new ScriptLanguageDetector();

    public static LlmSummarizer Create(IChatClient chat, LlmOptions? options = null) => new(
        chat,
        Prompts(),
        new OutputChecks(ScriptDetector()),
        new ClaimVerifier(),
        Options.Create(options ?? new LlmOptions { Provider = "openai", Model = "test-model" }));

    private sealed class ScriptLanguageDetector : ILanguageDetector
    {
        public string? Detect(string text)
        {
            var latin = text.Count(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z');
            var arabic = text.Count(c => c is >= '\u0600' and <= '\u06FF');
            return latin + arabic == 0 ? null : latin >= arabic ? "en" : "ar";
        }
    }
}
