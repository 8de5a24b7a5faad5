using System.Diagnostics;
using Gist.Core.Summaries;
using Gist.Summarization.Offline;
using Gist.Summarization.Tests.Fixtures;
using Gist.Summarization.Verification;

namespace Gist.Summarization.Tests.Offline;

public sealed class OfflineSummarizerSampleTests
{
    private readonly OfflineSummarizer summarizer = new();

    [Theory]
    [MemberData(nameof(SampleArticles.Names), MemberType = typeof(SampleArticles))]
    public void Summary_is_three_to_five_sentences_of_the_article_itself(string sample)
    {
        var cleaned = SampleArticles.Cleaned(sample);

        var result = summarizer.Summarize(cleaned.ToArticle(Core.Articles.ArticleOrigin.Pasted, "ar"));

        var sentences = Summarization.Text.SentenceSplitter.Split(result.Summary);
        Assert.InRange(sentences.Count, 3, 5);
        foreach (var sentence in sentences)
        {
            Assert.Contains(sentence.Text, cleaned.Text);
        }
    }

    [Theory]
    [MemberData(nameof(SampleArticles.Names), MemberType = typeof(SampleArticles))]
    public void Claims_quote_the_article_verbatim_and_pass_the_verifier(string sample)
    {
        var article = SampleArticles.Article(sample);

        var result = summarizer.Summarize(article);

        Assert.InRange(result.Claims.Count, 3, OfflineSummarizer.MaxClaims);
        Assert.Equal(0, result.DroppedClaims);
        var verification = new ClaimVerifier().Verify(result.Claims, article.Text);
        Assert.Equal(0, verification.DroppedCount);
        Assert.All(result.Claims, c => Assert.Contains(c.Evidence, article.Text));
    }

    [Theory]
    [MemberData(nameof(SampleArticles.Names), MemberType = typeof(SampleArticles))]
    public void Nothing_comes_from_the_read_also_tail(string sample)
    {
        var raw = SampleArticles.Raw(sample);
        var marker = raw.IndexOf("إقرأ أيضاً", StringComparison.Ordinal);
        var tail = marker < 0 ? string.Empty : raw[marker..];

        var result = summarizer.Summarize(SampleArticles.Article(sample));

        foreach (var sentence in Summarization.Text.SentenceSplitter.Split(tail).Where(s => s.Text.Length > 20))
        {
            Assert.DoesNotContain(sentence.Text, result.Summary);
            Assert.DoesNotContain(result.Claims, c => c.Evidence.Contains(sentence.Text, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(SampleArticles.Seoul000)]
    [InlineData(SampleArticles.Kirby001)]
    [InlineData(SampleArticles.Seoul002)]
    [InlineData(SampleArticles.Seoul004)]
    public void Blinkens_statements_are_attributed_to_him(string sample)
    {
        var result = summarizer.Summarize(SampleArticles.Article(sample));

        var blinken = result.Claims.Where(c => c.Speaker.Contains("بلينكن", StringComparison.Ordinal)).ToList();
        // Most name him in the sentence; a bare "و أضاف" after one of his quotes is his too.
        Assert.Contains(blinken, c => c.Evidence.Contains("بلينكن", StringComparison.Ordinal));
    }

    [Fact]
    public void Blinkens_quoted_concern_runs_on_into_its_second_quoted_sentence()
    {
        var result = summarizer.Summarize(SampleArticles.Article(SampleArticles.Seoul000));

        var quote = Assert.Single(result.Claims, c => c.Evidence.Contains("لدينا مخاوف حقيقية", StringComparison.Ordinal));
        Assert.Equal("بلينكن", quote.Speaker);
        Assert.EndsWith("“نحن نعمل على تحديد هذه الجهود و كشفها و مواجهتها عند الضرورة.”", quote.Evidence);
    }

    [Theory]
    [InlineData(SampleArticles.Seoul000, "و تنفي كوريا الشمالية و روسيا عقد أي صفقات أسلحة", "كوريا الشمالية و روسيا")]
    [InlineData(SampleArticles.Seoul002, "وتنفي كوريا الشمالية وروسيا عقد أي صفقات أسلحة", "كوريا الشمالية وروسيا")]
    [InlineData(SampleArticles.Seoul004, "في المقابل تنفي كوريا الشمالية وروسيا عقد أي صفقات أسلحة", "كوريا الشمالية وروسيا")]
    public void The_denial_of_arms_deals_is_a_denial_by_north_korea_and_russia(string sample, string opening, string speaker)
    {
        var result = summarizer.Summarize(SampleArticles.Article(sample));

        var denial = Assert.Single(result.Claims, c => c.Evidence.StartsWith(opening, StringComparison.Ordinal));
        Assert.Equal(ClaimKinds.Denial, denial.Kind);
        Assert.Equal(speaker, denial.Speaker);
    }

    [Fact]
    public void Kinds_and_speakers_follow_the_verbs()
    {
        var kirby = summarizer.Summarize(SampleArticles.Article(SampleArticles.Kirby001));
        var seoul = summarizer.Summarize(SampleArticles.Article(SampleArticles.Seoul004));

        // "وحذر أيضًا …" has no written subject: it is Kirby, named two sentences earlier.
        Assert.Contains(kirby.Claims, c => c.Kind == ClaimKinds.Warning && c.Speaker == "كيربي" && c.Evidence.StartsWith("وحذر أيضًا", StringComparison.Ordinal));
        Assert.Contains(seoul.Claims, c => c.Kind == ClaimKinds.Warning && c.Speaker == "الولايات المتحدة وكوريا الجنوبية");
    }

    [Theory]
    [MemberData(nameof(SampleArticles.Names), MemberType = typeof(SampleArticles))]
    public void Result_is_labelled_offline_and_untranslated(string sample)
    {
        var article = SampleArticles.Article(sample);

        var result = summarizer.Summarize(article);

        Assert.Equal(SummaryEngine.Offline, result.Engine);
        Assert.Equal("ar", result.SourceLanguage);
        Assert.Equal("ar", result.OutputLanguage);
        Assert.Null(result.Model);
        Assert.Equal(article.Title ?? result.Headline, result.Headline);
        Assert.InRange(result.Headline.Length, 10, 141);
    }

    [Fact]
    public void Same_article_gives_the_same_result()
    {
        var first = summarizer.Summarize(SampleArticles.Article(SampleArticles.Seoul000));
        var second = new OfflineSummarizer().Summarize(SampleArticles.Article(SampleArticles.Seoul000));

        Assert.Equal(first.Summary, second.Summary);
        Assert.Equal(first.Claims, second.Claims);
        Assert.Equal(first.Headline, second.Headline);
    }

    [Fact]
    public void A_5_kb_article_is_summarized_in_milliseconds_after_warm_up()
    {
        var article = SampleArticles.Article(SampleArticles.Seoul000);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(article.Text), 4_000, 9_000);
        for (var i = 0; i < 5; i++)
        {
            summarizer.Summarize(article);
        }

        const int runs = 20;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            summarizer.Summarize(article);
        }

        // The target is well under 5 ms; the bound leaves room for a busy shared CI machine.
        var perArticle = watch.Elapsed.TotalMilliseconds / runs;
        Assert.True(perArticle < 25, $"{perArticle:F2} ms per article");
    }
}
