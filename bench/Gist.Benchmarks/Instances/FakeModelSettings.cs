using System.Globalization;
using Gist.Testing.OpenAi;

namespace Gist.Benchmarks.Instances;

/// <summary>The bot's settings for the fake model as its OpenAI-compatible endpoint.</summary>
public static class FakeModelSettings
{
    public static Dictionary<string, string> For(FakeOpenAiServer model, int concurrency) => new()
    {
        ["Llm__Provider"] = "openai",
        ["Llm__Endpoint"] = model.OpenAiEndpoint,
        ["Llm__ApiKey"] = "bench-key",
        ["Llm__Model"] = "gpt-4o-mini",
        ["Llm__MaxConcurrency"] = concurrency.ToString(CultureInfo.InvariantCulture),
        ["Llm__RequestTimeoutSeconds"] = "600",
    };
}
