using System.ComponentModel.DataAnnotations;
using Gist.Summarization.Llm;
using Gist.Summarization.Llm.Endpoints;

namespace Gist.Summarization.Tests.Endpoints;

public sealed class ModelEndpointSettingsTests
{
    private static string Errors(LlmOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return string.Join('\n', results.Select(r => r.ErrorMessage));
    }

    [Fact]
    public void Azure_deployments_need_only_their_urls_when_the_key_is_shared()
    {
        var options = new LlmOptions
        {
            Provider = "azure-openai", ApiKey = "k", Model = "gpt-4o",
            Endpoints = [new() { Endpoint = "https://east.openai.azure.com/", Weight = 2 }, new() { Endpoint = "https://west.openai.azure.com/" }],
        };

        Assert.Equal("", Errors(options));
        Assert.Equal(["east.openai.azure.com", "west.openai.azure.com"], ModelEndpointResolver.Resolve(options).Select(e => e.Name));
        Assert.All(ModelEndpointResolver.Resolve(options), e => Assert.Equal(("gpt-4o", "k"), (e.Model, e.ApiKey)));
    }

    [Fact]
    public void Each_bad_entry_is_named_by_its_setting()
    {
        var errors = Errors(new LlmOptions
        {
            Provider = "azure-openai", Model = "gpt-4o",
            Endpoints =
            [
                new() { Endpoint = "https://east.openai.azure.com/", ApiKey = "k", Weight = 0 },
                new() { Endpoint = "east.openai.azure.com", ApiKey = "k", Weight = 0 },
                new() { Endpoint = "https://east.openai.azure.com/", Weight = -1, Provider = "ollama" },
            ],
        });

        Assert.Contains("Llm__Endpoints__1__Endpoint 'east.openai.azure.com' is not an absolute http(s) URL", errors, StringComparison.Ordinal);
        Assert.Contains("Llm__Endpoints__2__Provider 'ollama'", errors, StringComparison.Ordinal);
        Assert.Contains("Llm__Endpoints__2__Weight -1", errors, StringComparison.Ordinal);
        Assert.Contains("Llm__Endpoints__2__Name: two deployments are both called 'east.openai.azure.com'", errors, StringComparison.Ordinal);
        Assert.Contains("every deployment has weight 0", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Llm__Endpoint is missing", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void An_azure_deployment_without_any_key_is_refused()
    {
        var errors = Errors(new LlmOptions { Provider = "azure-openai", Model = "m", Endpoints = [new() { Endpoint = "https://east.openai.azure.com/" }] });

        Assert.Contains("Llm__Endpoints__0__ApiKey is missing", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Deployments_with_the_offline_provider_are_refused()
    {
        Assert.Contains("Llm__Endpoints lists 1 deployment(s) but Llm__Provider is offline",
            Errors(new LlmOptions { Endpoints = [new() { Endpoint = "http://localhost:1/v1" }] }), StringComparison.Ordinal);
    }

    [Fact]
    public void Embeddings_and_transcriptions_use_the_first_deployment_when_no_single_endpoint_is_set()
    {
        var options = new LlmOptions
        {
            Provider = "openai", Model = "m",
            Endpoints = [new() { Endpoint = "http://localhost:1/v1", ApiKey = "first-key" }, new() { Provider = "azure-openai", Endpoint = "https://east.openai.azure.com/", ApiKey = "east-key" }],
        };

        ModelEndpointResolver.FillPrimaryEndpoint(options);

        Assert.Equal(("openai", "http://localhost:1/v1", "first-key"), (options.Provider, options.Endpoint, options.ApiKey));
        Assert.Equal(["openai", "azure-openai"], ModelEndpointResolver.Resolve(options).Select(e => e.Provider));
    }
}
