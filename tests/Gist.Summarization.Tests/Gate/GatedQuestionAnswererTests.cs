using System.Text.Json;
using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.Summarization.Gate;
using Gist.Summarization.Llm;
using Gist.Summarization.Questions;
using Gist.Summarization.Tests.Llm;
using Gist.Summarization.Verification;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Gist.Summarization.Tests.Gate;

/// <summary>Follow-up answers get the summary path's checks: echoes repaired, then refused; quotes verified.</summary>
public sealed class GatedQuestionAnswererTests
{
    private const string Sentence = "و قال بلينكن إن كوريا الشمالية تزود روسيا بمعدات عسكرية لاستخدامها في حربها مع أوكرانيا";
    private const string Good = "Blinken said North Korea is supplying Russia with military equipment for its war with Ukraine.";

    private static readonly Article Article = new() { Text = Sentence + ". و تنفي كوريا الشمالية و روسيا عقد أي صفقات أسلحة.", Language = "ar" };

    [Fact]
    public async Task An_answer_that_begins_with_the_delimiter_gets_one_repair()
    {
        var chat = new DelegateChatClient((messages, _) => messages.Count > 2
            ? Json(Good, Sentence)
            : Json($"Value about \"{DelimiterIn(messages[1].Text)} ARTICLE START {Sentence}", Sentence));

        var answer = await Answerer(chat).AnswerAsync(Article, "What did Blinken say?", "en", CancellationToken.None);

        Assert.Equal(2, chat.Calls.Count);
        Assert.Contains("marker lines", chat.Calls[1].Messages[3].Text, StringComparison.Ordinal);
        Assert.Equal(Good, answer.Answer);
        Assert.Equal(SummaryEngine.Llm, answer.Engine);
        Assert.Equal([Sentence], answer.Quotes);
    }

    [Fact]
    public async Task An_answer_that_keeps_echoing_is_replaced_by_the_offline_answer_saying_why()
    {
        var chat = new DelegateChatClient((messages, _) => Json($"{DelimiterIn(messages[1].Text)} ARTICLE START {Good}", Sentence));

        var answer = await Answerer(chat).AnswerAsync(Article, "What did Blinken say about Russia?", "en", CancellationToken.None);

        Assert.Equal(2, chat.Calls.Count);
        Assert.Equal(SummaryEngine.Offline, answer.Engine);
        Assert.StartsWith("(The model's answer repeated the bot's own instructions, even when asked again.)", answer.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("<<<", answer.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quoted_words_that_are_not_in_the_article_are_caveated_and_invented_quotes_dropped()
    {
        var chat = new DelegateChatClient((_, _) => Json("Blinken called it \"a two-way street\" and said «تزود روسيا بمعدات عسكرية».", Sentence, "قال بلينكن إن الحرب انتهت تماما وإلى الأبد"));

        var answer = await Answerer(chat).AnswerAsync(Article, "What did Blinken say?", "en", CancellationToken.None);

        Assert.Single(chat.Calls);
        Assert.Equal("Blinken called it \"a two-way street\"" + QuotedWords.Caveat + " and said «تزود روسيا بمعدات عسكرية».", answer.Answer);
        Assert.Equal([Sentence], answer.Quotes);
    }

    [Fact]
    public async Task Invalid_json_twice_falls_back_with_a_plain_reason()
    {
        var chat = new DelegateChatClient((_, _) => "{\"found\": tru");

        var answer = await Answerer(chat).AnswerAsync(Article, "What did Blinken say?", "en", CancellationToken.None);

        Assert.Equal(2, chat.Calls.Count);
        Assert.StartsWith("(The model's answer was not in the expected form", answer.Answer, StringComparison.Ordinal);
    }

    private static string DelimiterIn(string user) => user.Split('\n')[0].Split(' ')[0];

    private static string Json(string answer, params string[] quotes) =>
        JsonSerializer.Serialize(new { found = true, answer, quotes }, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private static LlmQuestionAnswerer Answerer(IChatClient chat) => new(
        chat,
        SummarizerFactory.Prompts(),
        new ClaimVerifier(),
        new ModelTextGate(SummarizerFactory.ScriptDetector(), SummarizerFactory.Prompts()),
        new OfflineQuestionAnswerer(),
        Options.Create(new LlmOptions { Provider = "openai", Model = "test-model" }));
}
