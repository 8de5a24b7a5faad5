using System.Text.Json;
using Gist.Core.Summaries;
using Gist.Summarization.Tests.Fixtures;
using Microsoft.Extensions.AI;

namespace Gist.Summarization.Tests.Llm;

public sealed class LlmSummarizerTests
{
    private const string RealEvidence = "و تنفي كوريا الشمالية و روسيا عقد أي صفقات أسلحة";
    private const string EnglishSummary = "Antony Blinken said in Seoul that he shares South Korea's concern about military cooperation between North Korea and Russia. North Korea and Russia deny any arms deal.";

    private static string Answer(string summary = EnglishSummary, params object[] claims) => JsonSerializer.Serialize(new
    {
        headline = "Blinken voices concern over North Korea and Russia",
        summary,
        claims = claims.Length > 0 ? claims : [new { text = "North Korea and Russia deny arms deals.", speaker = "North Korea and Russia", kind = "denial", evidence = RealEvidence }],
        sourceLanguage = "ar",
    });

    [Fact]
    public async Task The_article_goes_in_its_own_message_between_delimiters_never_in_the_instructions()
    {
        var chat = new DelegateChatClient((_, _) => Answer());
        var article = SampleArticles.Article(SampleArticles.Seoul000);

        await SummarizerFactory.Create(chat).SummarizeAsync(article, "en", CancellationToken.None);

        var (messages, options) = Assert.Single(chat.Calls);
        Assert.Equal(ChatRole.System, messages[0].Role);
        Assert.DoesNotContain("بلينكن", messages[0].Text, StringComparison.Ordinal);
        var user = messages[1].Text;
        Assert.Contains(article.Text, user, StringComparison.Ordinal);
        var delimiter = user.Split('\n').First(l => l.EndsWith("ARTICLE START", StringComparison.Ordinal)).Split(' ')[0];
        Assert.Matches("^<<<[0-9A-F]{16}>>>$", delimiter);
        Assert.Contains(delimiter, messages[0].Text, StringComparison.Ordinal);
        Assert.NotNull(options?.ResponseFormat);
        Assert.Null(options!.Tools);
    }

    [Fact]
    public async Task Each_request_gets_a_new_delimiter()
    {
        var chat = new DelegateChatClient((_, _) => Answer());
        var summarizer = SummarizerFactory.Create(chat);
        var article = SampleArticles.Article(SampleArticles.Seoul002);

        await summarizer.SummarizeAsync(article, "en", CancellationToken.None);
        await summarizer.SummarizeAsync(article, "en", CancellationToken.None);

        Assert.NotEqual(chat.Calls[0].Messages[0].Text, chat.Calls[1].Messages[0].Text);
    }

    [Fact]
    public async Task A_claim_whose_evidence_is_not_in_the_article_is_dropped_and_counted()
    {
        var invented = new { text = "Blinken said the war is over.", speaker = "Antony Blinken", kind = "statement", evidence = "قال بلينكن إن الحرب انتهت تماما وإلى الأبد" };
        var real = new { text = "North Korea and Russia deny arms deals.", speaker = "North Korea and Russia", kind = "denial", evidence = RealEvidence };
        var chat = new DelegateChatClient((_, _) => Answer(EnglishSummary, real, invented));

        var result = await SummarizerFactory.Create(chat).SummarizeAsync(SampleArticles.Article(SampleArticles.Seoul000), "en", CancellationToken.None);

        Assert.Equal(1, result.DroppedClaims);
        var claim = Assert.Single(result.Claims);
        Assert.Equal("denial", claim.Kind);
        Assert.Equal(SummaryEngine.Llm, result.Engine);
        Assert.Equal("test-model", result.Model);
        Assert.StartsWith("summarize.system@", result.PromptVersion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_json_gets_one_repair_attempt_that_names_the_problem()
    {
        var replies = new Queue<string>(["{\"headline\": \"cut", Answer()]);
        var chat = new DelegateChatClient((_, _) => replies.Dequeue());

        var result = await SummarizerFactory.Create(chat).SummarizeAsync(SampleArticles.Article(SampleArticles.Seoul000), "en", CancellationToken.None);

        Assert.Equal(2, chat.Calls.Count);
        Assert.Contains("not valid JSON", chat.Calls[1].Messages[^1].Text, StringComparison.Ordinal);
        Assert.Single(result.Claims);
    }

    [Fact]
    public async Task A_summary_in_the_wrong_language_is_repaired_and_then_given_up()
    {
        var arabic = "قال بلينكن إنه يشارك كوريا الجنوبية مخاوفها بشأن التعاون العسكري المتزايد بين كوريا الشمالية و روسيا.";
        var chat = new DelegateChatClient((_, _) => Answer(arabic));

        var error = await Assert.ThrowsAsync<ModelUnavailableException>(() =>
            SummarizerFactory.Create(chat).SummarizeAsync(SampleArticles.Article(SampleArticles.Seoul000), "en", CancellationToken.None));

        Assert.Equal(2, chat.Calls.Count);
        Assert.False(error.IsTransient);
        Assert.Contains("\"ar\"", chat.Calls[1].Messages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_the_article_does_not_have_is_refused_as_an_obeyed_injection()
    {
        var chat = new DelegateChatClient((_, _) => Answer(EnglishSummary + " Read more at https://evil.example/x."));

        await Assert.ThrowsAsync<ModelUnavailableException>(() =>
            SummarizerFactory.Create(chat).SummarizeAsync(SampleArticles.Article(SampleArticles.Seoul000), "en", CancellationToken.None));

        Assert.Contains("https://evil.example/x", chat.Calls[1].Messages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_claim_kinds_become_statements_and_blank_speakers_the_outlet()
    {
        var odd = new { text = "North Korea and Russia deny arms deals.", speaker = " ", kind = "rumour", evidence = RealEvidence };
        var chat = new DelegateChatClient((_, _) => Answer(EnglishSummary, odd));

        var result = await SummarizerFactory.Create(chat).SummarizeAsync(SampleArticles.Article(SampleArticles.Seoul000), "en", CancellationToken.None);

        var claim = Assert.Single(result.Claims);
        Assert.Equal("statement", claim.Kind);
        Assert.Equal("the outlet", claim.Speaker);
    }
}
