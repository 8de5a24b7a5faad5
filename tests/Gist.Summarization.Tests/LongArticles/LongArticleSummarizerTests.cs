using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.Summarization.Llm;
using Gist.Summarization.Tests.Fixtures;
using Gist.Summarization.Verification;
using Microsoft.Extensions.Options;
using Moq;

namespace Gist.Summarization.Tests.LongArticles;

public sealed class LongArticleSummarizerTests
{
    private static readonly Article LongArticle = new()
    {
        Text = string.Join("\n\n", new[] { SampleArticles.Seoul000, SampleArticles.Kirby001, SampleArticles.Seoul002, SampleArticles.Accusations003, SampleArticles.Seoul004 }
            .Select(n => SampleArticles.Cleaned(n).Text)),
        Title = "Five reports",
        Language = "ar",
        Origin = ArticleOrigin.Pasted,
    };

    [Fact]
    public async Task An_article_within_the_budget_costs_exactly_one_call()
    {
        var model = new ChunkAwareModel();
        var article = SampleArticles.Article(SampleArticles.Seoul002);

        var result = await Summarizer(model, maxCharacters: 24_000).SummarizeAsync(article, "en", CancellationToken.None);

        Assert.Equal(1, model.Calls);
        Assert.Equal(article.Text, Assert.Single(model.SummaryArticles));
        Assert.Equal("Headline of one part of the article", result.Headline);
    }

    [Fact]
    public async Task A_long_article_is_summarized_in_chunks_within_the_budget_then_merged_with_one_more_call()
    {
        var model = new ChunkAwareModel();

        var result = await Summarizer(model, maxCharacters: 6_000).SummarizeAsync(LongArticle, "en", CancellationToken.None);

        var chunks = model.SummaryArticles;
        Assert.True(chunks.Count >= 3, $"{LongArticle.Text.Length} characters in {chunks.Count} chunks");
        Assert.All(chunks, c => Assert.InRange(c.Length, 1, 6_000));
        Assert.Single(model.MergeInputs);
        Assert.Equal(chunks.Count + 1, model.Calls);

        // Nothing of the article was left out: every chunk's text is the article's, and together they cover it.
        Assert.Equal(Words(LongArticle.Text), chunks.Sum(Words));
        Assert.Equal("One headline for the whole long article", result.Headline);
        Assert.Equal(SummaryEngine.Llm, result.Engine);
    }

    [Fact]
    public async Task Claims_come_from_every_part_and_their_evidence_is_verified_against_the_whole_article()
    {
        var model = new ChunkAwareModel();
        model.ExtraClaims.Add(new { text = "Invented.", speaker = "the outlet", kind = "statement", evidence = "قال الوزير إن الحرب انتهت تماما وإلى الأبد اليوم" });

        var result = await Summarizer(model, maxCharacters: 6_000, maxClaims: 8).SummarizeAsync(LongArticle, "en", CancellationToken.None);

        var chunks = model.SummaryArticles;
        Assert.InRange(result.Claims.Count, chunks.Count, 8);
        Assert.All(result.Claims, c => Assert.Contains(c.Evidence, LongArticle.Text, StringComparison.Ordinal));
        Assert.Contains(result.Claims, c => chunks[^1].Contains(c.Evidence, StringComparison.Ordinal));
        Assert.Equal(chunks.Count, result.DroppedClaims);
        Assert.Equal(result.Claims.Count, result.Claims.Select(c => c.Evidence).Distinct().Count());
    }

    [Fact]
    public async Task An_article_beyond_the_chunk_limit_is_cut_so_the_calls_and_characters_sent_stay_bounded()
    {
        var model = new ChunkAwareModel();
        var huge = LongArticle with { Text = string.Join("\n\n", Enumerable.Repeat(LongArticle.Text, 6)) };

        await Summarizer(model, maxCharacters: 5_000, maxChunks: 3).SummarizeAsync(huge, "en", CancellationToken.None);

        Assert.Equal(3, model.SummaryArticles.Count);
        Assert.Equal(4, model.Calls);
        Assert.InRange(model.SummaryArticles.Sum(c => c.Length), 1, 15_000);
    }

    [Fact]
    public async Task A_merge_answer_that_fails_its_checks_falls_back_to_the_first_part_headline()
    {
        var model = new ChunkAwareModel { MergeAnswer = "{\"headline\": \"cut off" };

        var result = await Summarizer(model, maxCharacters: 6_000).SummarizeAsync(LongArticle, "en", CancellationToken.None);

        Assert.Equal("Headline of one part of the article", result.Headline);
        Assert.InRange(result.Summary.Length, 1, OutputChecks.MaxSummary);
        Assert.Equal(SummaryEngine.Llm, result.Engine);
    }

    [Fact]
    public void Merged_claims_take_each_part_in_turn_and_drop_repeated_evidence()
    {
        static SummaryResult Part(params string[] evidence) => new()
        {
            Headline = "h", Summary = "s", SourceLanguage = "ar", Engine = SummaryEngine.Llm,
            Claims = [.. evidence.Select(e => new Claim("t", "the outlet", "statement", e))],
        };

        var merged = LongArticleSummarizer.MergeClaims([Part("a1", "a2", "a3"), Part("b1", "a1"), Part("c1")], maxClaims: 4);

        Assert.Equal(["a1", "a2", "b1", "c1"], merged.Select(c => c.Evidence));
    }

    private static int Words(string text) => text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;

    private static LlmSummarizer Summarizer(ChunkAwareModel model, int maxCharacters, int maxChunks = 4, int maxClaims = 8)
    {
        var languages = new Mock<ILanguageDetector>();
        languages.Setup(l => l.Detect(It.IsAny<string>())).Returns("en");
        var options = Options.Create(new LlmOptions
        {
            Provider = LlmProviders.OpenAi, Model = "gpt-test", MaxArticleCharacters = maxCharacters,
            MaxArticleChunks = maxChunks, MaxClaims = maxClaims,
        });
        return new LlmSummarizer(model, RepoPrompts.Load(), new OutputChecks(languages.Object), new ClaimVerifier(), options);
    }
}
