using System.Diagnostics;
using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.Rendering.Tests.Support;
using Xunit.Abstractions;

namespace Gist.Rendering.Tests;

public class SummaryReplyRendererTests(ITestOutputHelper output)
{
    private readonly SummaryReplyRenderer renderer = new();

    [Fact]
    public void A_paywalled_page_says_under_the_headline_that_only_its_free_part_was_read()
    {
        var partial = renderer.Render(Samples.SeoulSummary, Samples.SeoulArticle with { IsPartial = true });
        var whole = renderer.Render(Samples.SeoulSummary, Samples.SeoulArticle);

        MessageAssert.Sendable(partial);
        var html = Assert.Single(partial);
        var notice = "<i>" + SummaryReplyRenderer.PartialArticleLine + "</i>";
        Assert.True(html.IndexOf(notice, StringComparison.Ordinal) > html.IndexOf("Source:", StringComparison.Ordinal));
        Assert.True(html.IndexOf(notice, StringComparison.Ordinal) < html.IndexOf("<b>Claims</b>", StringComparison.Ordinal));
        Assert.DoesNotContain("🔒", Assert.Single(whole), StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_has_headline_source_summary_claims_with_evidence_and_the_dropped_count()
    {
        var parts = renderer.Render(Samples.SeoulSummary, Samples.SeoulArticle);

        MessageAssert.Sendable(parts);
        var html = Assert.Single(parts);
        Assert.StartsWith("<b>Blinken shares Seoul's worry over Russia–North Korea military ties</b>\n", html);
        Assert.Contains("Source: <a href=\"https://example.com/news?id=1&amp;lang=ar\">Al Mustaqilla</a> · 2023-11-09 · Arabic", html);
        Assert.Contains("US Secretary of State Antony Blinken said in Seoul", html);
        Assert.Contains("<b>Claims</b>\n1. The US shares", html);
        Assert.Contains("<i>— Antony Blinken, US Secretary of State · statement</i>", html);
        Assert.Contains("<blockquote>لدينا مخاوف حقيقية بشأن أي دعم لبرامج الصواريخ الباليستية لكوريا الشمالية</blockquote>", html);
        Assert.Contains("3. The two ministers", html);
        Assert.Contains("2 claims were left out because their quoted words are not in the article.", html);
        // The model's name stays; the prompt version is the operator's (logs, --json), not the reader's.
        Assert.EndsWith("<i>Summarized by gpt-4o-mini</i>", html);
        Assert.DoesNotContain("summarize-v1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Offline_by_configuration_says_it_is_untranslated_and_how_to_configure_a_model()
    {
        var result = Samples.SeoulSummary with { Engine = SummaryEngine.Offline, Model = null, DroppedClaims = 0 };

        var html = MessageAssert.Visible(Assert.Single(renderer.Render(result, Samples.SeoulArticle)));

        Assert.Contains("Untranslated word-for-word extract, made without a language model.", html);
        Assert.Contains("taken word for word from the article (in Arabic)", html);
        Assert.Contains("set Llm__Provider, Llm__Endpoint, Llm__ApiKey and Llm__Model.", html);
        Assert.Contains("Attributed statements", html);
        Assert.DoesNotContain("Summarized by", html);
        Assert.DoesNotContain("left out", html);
    }

    [Fact]
    public void A_busy_model_is_explained_in_the_readers_terms_without_setup_hints_or_technical_reasons()
    {
        var result = Samples.SeoulSummary with
        {
            Engine = SummaryEngine.Offline,
            Model = null,
            FallbackReason = "The model's answer failed 1 output checks again after a repair attempt.",
            ModelMayAnswerLater = true,
            DroppedClaims = 0,
        };

        var busy = MessageAssert.Visible(Assert.Single(renderer.Render(result, Samples.SeoulArticle)));
        var failed = MessageAssert.Visible(Assert.Single(renderer.Render(result with { ModelMayAnswerLater = false }, Samples.SeoulArticle)));

        Assert.Contains("The summarizer is busy right now, so here is a word-for-word extract of the article (in Arabic).", busy);
        Assert.Contains("I will replace it with the translated summary", busy);
        Assert.Contains("could not write a reliable summary", failed);
        Assert.DoesNotContain("replace", failed);
        foreach (var html in new[] { busy, failed })
        {
            Assert.DoesNotContain("Llm__", html);
            Assert.DoesNotContain("output checks", html);
            Assert.DoesNotContain("Why:", html);
        }
    }

    [Fact]
    public void Offline_notice_comes_before_the_summary()
    {
        var result = Samples.SeoulSummary with { Engine = SummaryEngine.Offline };
        var html = renderer.Render(result, Samples.SeoulArticle)[0];

        Assert.True(html.IndexOf("Untranslated", StringComparison.Ordinal) < html.IndexOf("Antony Blinken said", StringComparison.Ordinal));
    }

    [Fact]
    public void Model_text_with_markup_is_shown_as_text_never_as_tags()
    {
        var result = Samples.SeoulSummary with
        {
            Headline = "<script>alert(1)</script> & <b>unclosed",
            Summary = "</i> &amp; &# 1 < 2",
            Claims = [new Claim("<a href=\"javascript:x\">click</a>", "<i>Speaker", "de<nial", "«نص» & <رمز>")],
        };

        var parts = renderer.Render(result, Samples.SeoulArticle);

        MessageAssert.Sendable(parts);
        var visible = MessageAssert.Visible(parts[0]);
        Assert.Contains("<script>alert(1)</script> & <b>unclosed", visible);
        Assert.Contains("</i> &amp; &# 1 < 2", visible);
        Assert.Contains("<a href=\"javascript:x\">click</a>", visible);
        Assert.Contains("— <i>Speaker · de<nial", visible);
        Assert.Contains("«نص» & <رمز>", visible);
    }

    [Fact]
    public void Long_evidence_is_in_an_expandable_quote()
    {
        var longEvidence = Fixtures.ArabicParagraph(600);
        var result = Samples.SeoulSummary with { Claims = [new Claim("Claim.", "Someone", "statement", longEvidence)] };

        var html = renderer.Render(result, Samples.SeoulArticle)[0];

        Assert.Contains("<blockquote expandable>", html);
    }

    [Fact]
    public void One_dropped_claim_is_worded_in_the_singular()
    {
        Assert.Equal("1 claim was left out because its quoted words are not in the article.",
            SummaryReplyRenderer.DroppedClaimsLine(1));
    }

    [Fact]
    public void Many_claims_spread_over_several_messages_each_claim_whole_and_numbered_in_order()
    {
        var claims = Enumerable.Range(1, 60)
            .Select(i => new Claim($"Claim number {i} says something notable.", "Antony Blinken", "statement",
                Fixtures.ArabicParagraph(180 + i)))
            .ToList();
        var result = Samples.SeoulSummary with { Claims = claims };

        var parts = renderer.Render(result, Samples.SeoulArticle);

        MessageAssert.Sendable(parts);
        Assert.True(parts.Count >= 4);
        var lastNumber = 0;
        foreach (var part in parts)
        {
            foreach (var claimStart in part.Split("Claim number ").Skip(1))
            {
                var number = int.Parse(claimStart[..claimStart.IndexOf(' ')], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(lastNumber + 1, number);
                Assert.Contains("</blockquote>", claimStart);
                lastNumber = number;
            }
        }

        Assert.Equal(60, lastNumber);
    }

    [Fact]
    public void No_claims_says_so()
    {
        var result = Samples.SeoulSummary with { Claims = [], DroppedClaims = 0 };

        Assert.Contains("No claims with quoted evidence were found.", renderer.Render(result, Samples.SeoulArticle)[0]);
    }

    [Fact]
    public void Forwarded_post_names_the_channel_with_a_link_to_the_post()
    {
        var article = Samples.SeoulArticle with
        {
            Source = "قناة الجزيرة",
            Url = "https://t.me/ajarabic/12345",
            Origin = ArticleOrigin.Forwarded,
            Published = null,
        };

        var html = renderer.Render(Samples.SeoulSummary, article)[0];

        Assert.Contains("Forwarded from <a href=\"https://t.me/ajarabic/12345\">\u2068قناة الجزيرة\u2069</a> · Arabic", html);
    }

    [Fact]
    public void Pasted_text_without_source_gets_a_plain_source_line_and_unknown_codes_stay_codes()
    {
        var article = new Article { Text = "x", Origin = ArticleOrigin.Pasted };
        var result = Samples.SeoulSummary with { SourceLanguage = "xx" };

        var html = renderer.Render(result, article)[0];

        Assert.Contains("</b>\nPasted text · xx\n", html);
    }

    [Fact]
    public void Link_without_outlet_name_shows_the_host()
    {
        var article = new Article { Text = "x", Url = "https://www.almustaqilla.com/news/1", Origin = ArticleOrigin.Link };

        var html = renderer.Render(Samples.SeoulSummary, article)[0];

        Assert.Contains("Source: <a href=\"https://www.almustaqilla.com/news/1\">www.almustaqilla.com</a> · Arabic", html);
    }

    [Fact]
    public void Blank_speaker_is_the_outlet_and_blank_headline_falls_back_to_the_title()
    {
        var result = Samples.SeoulSummary with { Headline = " ", Claims = [new Claim("A claim.", "", "", "")] };

        var html = renderer.Render(result, Samples.SeoulArticle)[0];

        Assert.StartsWith("<b>بلينكن يعبر عن قلقه", html);
        Assert.Contains("1. A claim.\n<i>— the outlet</i>", html);
    }

    [Fact]
    public void Rendering_a_summary_of_a_5_kb_article_takes_well_under_a_millisecond()
    {
        var result = Samples.SeoulSummary with
        {
            Summary = string.Join('\n', Enumerable.Repeat("A sentence of the English summary that says what happened.", 6)),
            Claims = Enumerable.Repeat(Samples.SeoulSummary.Claims[0], 8).ToList(),
        };
        var article = Samples.SeoulArticle;

        // The fastest of several batches: the machine is shared, and the first batches run before tiered JIT settles.
        var perRender = double.MaxValue;
        for (var batch = 0; batch < 8; batch++)
        {
            const int runs = 500;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < runs; i++)
            {
                renderer.Render(result, article);
            }

            perRender = Math.Min(perRender, clock.Elapsed.TotalMilliseconds / runs);
        }

        output.WriteLine($"{perRender * 1000:F1} µs per render");
        Assert.True(perRender < 1.0, $"{perRender:F3} ms per render");
    }
}
