using Gist.Evaluation.Caching;
using Microsoft.Extensions.AI;

namespace Gist.Evaluation.Tests;

public sealed class RequestKeyTests
{
    private static List<ChatMessage> Request(string system, string delimiter) =>
        [new(ChatRole.System, system), new(ChatRole.User, $"{delimiter}\nThe article.\n{delimiter}")];

    [Fact]
    public void The_same_request_with_another_random_article_delimiter_has_the_same_key()
    {
        var options = new ChatOptions { Temperature = 0.2f };

        Assert.Equal(
            RequestKey.Of("m", Request("Summarize.", "<<<0123456789ABCDEF>>>"), options),
            RequestKey.Of("m", Request("Summarize.", "<<<FEDCBA9876543210>>>"), options));
    }

    [Fact]
    public void A_different_prompt_model_temperature_or_schema_changes_the_key()
    {
        var options = new ChatOptions { Temperature = 0.2f };
        var key = RequestKey.Of("m", Request("Summarize.", "<<<0123456789ABCDEF>>>"), options);

        Assert.NotEqual(key, RequestKey.Of("m", Request("Summarize briefly.", "<<<0123456789ABCDEF>>>"), options));
        Assert.NotEqual(key, RequestKey.Of("other", Request("Summarize.", "<<<0123456789ABCDEF>>>"), options));
        Assert.NotEqual(key, RequestKey.Of("m", Request("Summarize.", "<<<0123456789ABCDEF>>>"), new ChatOptions { Temperature = 0.7f }));
        Assert.NotEqual(key, RequestKey.Of("m", Request("Summarize.", "<<<0123456789ABCDEF>>>"), new ChatOptions { Temperature = 0.2f, ResponseFormat = ChatResponseFormat.Json }));
    }
}
