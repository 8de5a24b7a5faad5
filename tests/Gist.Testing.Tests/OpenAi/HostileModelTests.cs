using System.ClientModel;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Gist.Testing.Tests.OpenAi;

/// <summary>The fake model's hostile mode, through the real OpenAI client: answers in the shape asked for, hostile inside.</summary>
public sealed class HostileModelTests : IAsyncLifetime
{
    private const string Article = "و قال بلينكن إن كوريا الشمالية تزود روسيا بمعدات عسكرية لاستخدامها في حربها مع أوكرانيا في مؤتمر صحفي";
    private const string Delimiter = "<<<0011223344556677>>>";

    private readonly HostileModel model = new(HostileAnswer.Links);
    private FakeOpenAiServer server = null!;

    public sealed record ClaimShape(string Text, string Speaker, string Kind, string Evidence);

    public sealed record SummaryShape(string Headline, string Summary, List<ClaimShape> Claims, string SourceLanguage);

    public async Task InitializeAsync() => server = await FakeOpenAiServer.StartAsync(model.RespondAsync);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Structured_output_follows_the_schema_with_hostile_prose_and_the_articles_own_words_as_evidence()
    {
        var response = await Client().GetResponseAsync<SummaryShape>([new ChatMessage(ChatRole.User, User())]);

        var summary = response.Result;
        Assert.Contains("http://evil.example/phish", summary.Headline, StringComparison.Ordinal);
        Assert.Contains("@evil_channel_news", summary.Summary, StringComparison.Ordinal);
        var claim = Assert.Single(summary.Claims);
        Assert.Equal(HostileModel.FirstWords(Article), claim.Evidence);
        Assert.Equal("statement", claim.Kind);
        Assert.Equal("ar", summary.SourceLanguage);
    }

    [Theory]
    [InlineData(HostileAnswer.OverShort)]
    [InlineData(HostileAnswer.OverLong)]
    [InlineData(HostileAnswer.DelimiterEcho)]
    [InlineData(HostileAnswer.BidiOverrides)]
    public async Task Plain_text_is_sized_against_the_article_it_was_sent(HostileAnswer mode)
    {
        model.Mode = mode;

        var text = (await Client().GetResponseAsync([new ChatMessage(ChatRole.System, "Translate."), new ChatMessage(ChatRole.User, User())])).Text;

        switch (mode)
        {
            case HostileAnswer.OverShort: Assert.Equal("OK.", text); break;
            case HostileAnswer.OverLong: Assert.True(text.Length > 5 * Article.Length); break;
            case HostileAnswer.DelimiterEcho: Assert.StartsWith($"Value about \"{Delimiter} ARTICLE START", text, StringComparison.Ordinal); break;
            default: Assert.Contains('\u202E', text); break;
        }
    }

    [Fact]
    public async Task A_repair_request_gets_plain_english_only_when_the_model_repairs()
    {
        model.Mode = HostileAnswer.WrongLanguage;
        ChatMessage[] repair = [new(ChatRole.User, User()), new(ChatRole.Assistant, "Bonjour."), new(ChatRole.User, "Fix it.")];

        Assert.Contains("Séoul", (await Client().GetResponseAsync(repair)).Text, StringComparison.Ordinal);
        model.RepairsWhenAsked = true;
        Assert.StartsWith(HostileText.Plain, (await Client().GetResponseAsync(repair)).Text, StringComparison.Ordinal);
    }

    private static string User() => $"{Delimiter} ARTICLE START\n{Article}\n{Delimiter} ARTICLE END";

    private IChatClient Client() =>
        new OpenAIClient(new ApiKeyCredential("test-key"), new OpenAIClientOptions { Endpoint = new Uri(server.OpenAiEndpoint) })
            .GetChatClient("gpt-test").AsIChatClient();
}
