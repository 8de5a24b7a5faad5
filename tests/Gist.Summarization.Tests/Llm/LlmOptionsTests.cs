using System.ComponentModel.DataAnnotations;
using Gist.Summarization.Llm;

namespace Gist.Summarization.Tests.Llm;

public sealed class LlmOptionsTests
{
    private static List<string> Errors(LlmOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? "").ToList();
    }

    [Fact]
    public void Offline_needs_nothing_else()
    {
        Assert.Empty(Errors(new LlmOptions { Provider = "offline" }));
    }

    [Fact]
    public void Azure_without_endpoint_key_or_deployment_names_each_missing_setting()
    {
        var errors = string.Join('\n', Errors(new LlmOptions { Provider = "azure-openai" }));

        Assert.Contains("Llm__Endpoint", errors, StringComparison.Ordinal);
        Assert.Contains("Llm__ApiKey", errors, StringComparison.Ordinal);
        Assert.Contains("Llm__Model", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vision_or_transcription_model_without_a_model_endpoint_is_refused_by_name()
    {
        var errors = string.Join('\n', Errors(new LlmOptions { Provider = "offline", VisionModel = "gpt-4o", TranscriptionModel = "whisper-1" }));

        Assert.Contains("Llm__VisionModel needs a model endpoint", errors, StringComparison.Ordinal);
        Assert.Contains("Llm__TranscriptionModel needs a model endpoint", errors, StringComparison.Ordinal);
        Assert.Empty(Errors(new LlmOptions { Provider = "openai", Endpoint = "http://localhost:8000/v1", Model = "m", TranscriptionModel = "whisper-1" }));
    }

    [Fact]
    public void An_openai_compatible_local_server_needs_no_key()
    {
        Assert.Empty(Errors(new LlmOptions { Provider = "openai", Endpoint = "http://localhost:11434/v1", Model = "qwen2.5" }));
    }

    [Fact]
    public void An_unknown_provider_or_a_relative_endpoint_is_refused_by_name()
    {
        Assert.Contains(Errors(new LlmOptions { Provider = "gpt" }), e => e.Contains("Llm__Provider", StringComparison.Ordinal));
        Assert.Contains(Errors(new LlmOptions { Provider = "openai", Model = "m", Endpoint = "localhost/v1" }), e => e.Contains("Llm__Endpoint", StringComparison.Ordinal));
    }
}
