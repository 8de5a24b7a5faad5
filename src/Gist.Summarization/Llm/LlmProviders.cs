namespace Gist.Summarization.Llm;

public static class LlmProviders
{
    public const string AzureOpenAi = "azure-openai";
    public const string OpenAi = "openai";
    public const string Offline = "offline";

    public static readonly string[] All = [AzureOpenAi, OpenAi, Offline];
}
