using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Core.Summaries;
using Gist.Summarization.Gate;
using Gist.Summarization.Llm;
using Gist.Summarization.Tests.Llm;
using Gist.Summarization.Translation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gist.Summarization.Tests.Gate;

/// <summary>The translator behind the "Full translation" button, through the gate: repair once, then say why.</summary>
public sealed class GatedTranslatorTests
{
    private const string Paragraph = "و قال بلينكن إن كوريا الشمالية تزود روسيا بمعدات عسكرية لاستخدامها في حربها مع أوكرانيا، في مؤتمر صحفي في سيول.";
    private const string English = "Blinken said North Korea is supplying Russia with military equipment for use in its war with Ukraine, at a news conference in Seoul.";

    private static readonly Article Short = new() { Text = string.Join("\n\n", Enumerable.Repeat(Paragraph, 8)), Language = "ar" };

    [Fact]
    public async Task A_good_translation_is_cleaned_and_cached()
    {
        var chat = new DelegateChatClient((_, _) => string.Join("\n\n", Enumerable.Repeat(English + " http://evil.example/x \u202Egnp.exe", 8)));
        var cache = new DictionaryCache();

        var translation = await Translator(chat, cache).TranslateAsync(Short, "en", CancellationToken.None);

        Assert.Single(chat.Calls);
        Assert.Contains("hxxp://evil[.]example/x gnp.exe", translation, StringComparison.Ordinal);
        Assert.DoesNotContain("http://evil.example", translation, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', translation);
        Assert.Single(cache.Values);
    }

    [Fact]
    public async Task A_translation_in_the_wrong_language_gets_one_repair_naming_the_problem()
    {
        var chat = new DelegateChatClient((messages, _) => messages.Count > 2 ? string.Join("\n\n", Enumerable.Repeat(English, 8)) : Short.Text);

        var translation = await Translator(chat).TranslateAsync(Short, "en", CancellationToken.None);

        Assert.Equal(2, chat.Calls.Count);
        var repair = chat.Calls[1].Messages;
        Assert.Equal(ChatRole.Assistant, repair[2].Role);
        Assert.Contains("written in \"ar\", not in English", repair[3].Text, StringComparison.Ordinal);
        Assert.StartsWith(English, translation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OK.", "far shorter than the original")]
    [InlineData("LONG", "far longer than the original")]
    public async Task A_translation_still_wrong_after_the_repair_is_refused_with_the_reason_and_not_cached(string reply, string reason)
    {
        var answer = reply == "LONG" ? string.Concat(Enumerable.Repeat(English + " ", 60)) : reply;
        var chat = new DelegateChatClient((_, _) => answer);
        var cache = new DictionaryCache();

        var refused = await Assert.ThrowsAsync<ModelUnavailableException>(() => Translator(chat, cache).TranslateAsync(Short, "en", CancellationToken.None));

        Assert.Equal(2, chat.Calls.Count);
        Assert.StartsWith("I could not translate this article: the model's translation was " + reason, refused.Message, StringComparison.Ordinal);
        Assert.Contains("even when asked again", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(English, refused.Message, StringComparison.Ordinal);
        Assert.False(refused.IsTransient);
        Assert.Empty(cache.Values);
    }

    [Fact]
    public async Task In_a_long_article_a_part_that_fails_is_replaced_by_a_note_and_the_rest_is_shown()
    {
        var paragraphs = Enumerable.Range(0, 120).Select(_ => Paragraph).ToList();
        var article = new Article { Text = string.Join("\n\n", paragraphs), Language = "ar" };
        var chunks = TextChunks.Split(article.Text, LlmTranslator.ChunkCharacters).Count();
        var calls = 0;
        var chat = new DelegateChatClient((messages, _) =>
        {
            calls++;

            // The first chunk comes back untranslated, even after the repair; the others are fine.
            var lines = messages[1].Text.Split('\n');
            var chunk = string.Join('\n', lines[1..^1]);
            var paragraphsInChunk = chunk.Split("\n\n").Length;
            return calls <= 2 ? chunk : string.Join("\n\n", Enumerable.Repeat(English, paragraphsInChunk));
        });
        var cache = new DictionaryCache();

        var translation = await Translator(chat, cache).TranslateAsync(article, "en", CancellationToken.None);

        Assert.True(chunks > 1);
        Assert.Equal(chunks + 1, chat.Calls.Count);
        Assert.StartsWith($"[Part 1 of {chunks} is missing: the model's translation of it was in Arabic, not English, even when asked again.]", translation, StringComparison.Ordinal);
        Assert.Contains(English, translation, StringComparison.Ordinal);
        Assert.Empty(cache.Values);
    }

    [Fact]
    public async Task The_same_article_translated_twice_at_once_costs_one_model_call()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var chat = new DelegateChatClient((_, _) =>
        {
            release.Task.Wait(TimeSpan.FromSeconds(10));
            return string.Join("\n\n", Enumerable.Repeat(English, 8));
        });
        var cache = new DictionaryCache();
        var shared = new InProcessResultLock();

        var first = Task.Run(() => Translator(chat, cache, shared).TranslateAsync(Short, "en", CancellationToken.None));
        var second = Task.Run(() => Translator(chat, cache, shared).TranslateAsync(Short, "en", CancellationToken.None));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (chat.Calls.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        await Task.Delay(300); // time for the second translator to reach the key's lock
        release.SetResult();
        var results = await Task.WhenAll(first, second);

        Assert.Single(chat.Calls);
        Assert.Equal(results[0], results[1]);
    }

    private static LlmTranslator Translator(IChatClient chat, DictionaryCache? cache = null, IResultLock? resultLock = null) => new(
        chat,
        SummarizerFactory.Prompts(),
        cache ?? new DictionaryCache(),
        resultLock ?? new InProcessResultLock(),
        new ModelTextGate(SummarizerFactory.ScriptDetector(), SummarizerFactory.Prompts()),
        Options.Create(new LlmOptions { Provider = "openai", Model = "test-model" }),
        NullLogger<LlmTranslator>.Instance);
}
