using Gist.Testing.OpenAi;

namespace Gist.IntegrationTests.Support;

public static class ModelSettings
{
    public const string ApiKey = "sk-test-0123456789-secret";

    public static Dictionary<string, string?> OpenAi(FakeOpenAiServer model) => new()
    {
        ["Llm:Provider"] = "openai",
        ["Llm:Endpoint"] = model.OpenAiEndpoint,
        ["Llm:ApiKey"] = ApiKey,
        ["Llm:Model"] = "gpt-test",
    };
}
