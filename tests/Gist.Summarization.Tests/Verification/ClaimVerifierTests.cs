using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.Summarization.Tests.Fixtures;
using Gist.Summarization.Verification;

namespace Gist.Summarization.Tests.Verification;

public sealed class ClaimVerifierTests
{
    private readonly ClaimVerifier verifier = new();

    private static Claim ClaimWith(string evidence) => new("claim", "speaker", "statement", evidence);

    private EvidenceVerdict CheckAgainstSample(string sample, string evidence) =>
        verifier.Check(evidence, NormalizedSource.Of(SampleArticles.Cleaned(sample).Text));

    [Theory]
    // The source writes “طريق ذو اتجاهين” with curly quotes and a detached "و".
    [InlineData("و الذي وصفه بأنه «طريق ذو اتجاهين» يشمل تدفق الأسلحة")]
    [InlineData("والذي وصفه بأنه \"طريق ذو اتجاهين\" يشمل تدفق الأسلحة")]
    // Harakat, tatweel and extra spaces the source does not have.
    [InlineData("قـــال وزيرُ الخارجيةِ الأمريكيُّ   أنتوني بلينكن، اليومَ الخميس")]
    // Alef and ya variants: أ/ا, ى/ي.
    [InlineData("لدينا مخاوف حقيقية بشان اي دعم لبرامج الصواريخ الباليستية لكوريا الشمالية")]
    // Arabic comma typed as a Latin one.
    [InlineData("قال دويون كيم, المحلل في مركز الأمن الأمريكي الجديد")]
    // Pieces joined by an ellipsis, in order.
    [InlineData("“لدينا مخاوف حقيقية بشأن أي دعم لبرامج الصواريخ الباليستية … نحن نعمل على تحديد هذه الجهود و كشفها”")]
    [InlineData("و تنفي كوريا الشمالية و روسيا عقد أي صفقات أسلحة ... عندما التقيا في سبتمبر/أيلول الماضي")]
    public void Real_spans_pass_whatever_the_typing(string evidence)
    {
        Assert.Equal(EvidenceVerdict.Found, CheckAgainstSample(SampleArticles.Seoul000, evidence));
    }

    [Theory]
    [InlineData("قال بلينكن إن الولايات المتحدة ستفرض عقوبات جديدة على بيونغ يانغ خلال أسبوع")]
    [InlineData("نحن نعمل على تحديد هذه الجهود و كشفها و مواجهتها بالقوة العسكرية")]
    [InlineData("عندما التقيا في سبتمبر/أيلول الماضي ... و تنفي كوريا الشمالية و روسيا عقد أي صفقات أسلحة")]
    public void Invented_altered_or_reordered_quotes_fail(string evidence)
    {
        Assert.Equal(EvidenceVerdict.NotInSource, CheckAgainstSample(SampleArticles.Seoul000, evidence));
    }

    [Theory]
    [InlineData(SampleArticles.Seoul000, "يتعين على الولايات المتحدة التخلي عن تهديداتها العسكرية إذا كان لديها مخاوف بشأن سلامة أراضيها")]
    [InlineData(SampleArticles.Seoul002, "إذا اختار الأمريكيون تخفيف العقوبات، فلن أتفاجأ إذا حافظ الأوروبيون على موقفهم السابق")]
    [InlineData(SampleArticles.Accusations003, "مشاركة الكوريين الشماليين في القتال لم يكن لها تأثير كبير على الوضع")]
    public void A_quote_from_the_read_also_tail_fails_against_the_cleaned_text(string sample, string evidence)
    {
        // It is in the pasted text, so the check is meaningful: only cleaning keeps it out.
        Assert.Equal(EvidenceVerdict.Found, verifier.Check(evidence, NormalizedSource.Of(SampleArticles.Raw(sample))));
        Assert.Equal(EvidenceVerdict.NotInSource, CheckAgainstSample(sample, evidence));
    }

    [Theory]
    [InlineData("", EvidenceVerdict.Empty)]
    [InlineData("   ", EvidenceVerdict.Empty)]
    [InlineData("“…”", EvidenceVerdict.Empty)]
    [InlineData("بلينكن", EvidenceVerdict.TooShort)]
    [InlineData("قال بلينكن", EvidenceVerdict.TooShort)]
    [InlineData("و قال بارك", EvidenceVerdict.TooShort)]
    [InlineData("و قال بلينكن في مؤتمر … و أضاف", EvidenceVerdict.TooShort)]
    public void Empty_or_too_short_evidence_is_dropped(string evidence, EvidenceVerdict expected)
    {
        Assert.Equal(expected, CheckAgainstSample(SampleArticles.Seoul000, evidence));
    }

    [Fact]
    public void Numbers_must_match_exactly()
    {
        var source = NormalizedSource.Of("The ministry said 1.5 million people had left the region since March.");

        Assert.Equal(EvidenceVerdict.Found, verifier.Check("said 1.5 million people had left", source));
        Assert.Equal(EvidenceVerdict.NotInSource, verifier.Check("said 15 million people had left", source));
    }

    [Fact]
    public void Persian_and_arabic_letter_forms_match_each_other()
    {
        var source = NormalizedSource.Of("وزیر خارجه آمریکا گفت که کره شمالی به روسیه سلاح می‌دهد.");

        Assert.Equal(EvidenceVerdict.Found, verifier.Check("وزير خارجه امريكا گفت كه كره شمالي", source));
    }

    [Fact]
    public void Verify_keeps_found_claims_in_order_and_counts_the_rest()
    {
        var claims = new[]
        {
            ClaimWith("و قال بلينكن إن كوريا الشمالية تزود روسيا بمعدات عسكرية"),
            ClaimWith("قال بلينكن إن الصين تزود روسيا بالصواريخ"),
            ClaimWith(""),
            ClaimWith("و قالت بارك إن الصين لديها دور بناء لتلعبه"),
        };

        var result = verifier.Verify(claims, SampleArticles.Cleaned(SampleArticles.Seoul000).Text);

        Assert.Equal([claims[0], claims[3]], result.Kept);
        Assert.Equal(2, result.DroppedCount);
        Assert.Equal([EvidenceVerdict.NotInSource, EvidenceVerdict.Empty], result.Rejected.Select(r => r.Verdict));
    }

    [Fact]
    public void The_title_counts_as_source_but_no_match_spans_title_and_body()
    {
        var article = new Article { Title = "Talks to resume in Geneva next week", Text = "Officials confirmed the date on Monday." };
        var source = NormalizedSource.Of(article);

        Assert.Equal(EvidenceVerdict.Found, verifier.Check("Talks to resume in Geneva", source));
        Assert.Equal(EvidenceVerdict.NotInSource, verifier.Check("next week Officials confirmed", source));
    }

    [Fact]
    public void Rules_can_demand_longer_evidence()
    {
        var strict = new ClaimVerifier(new EvidenceRules { MinimumWords = 6 });
        var source = NormalizedSource.Of("The ministry said talks would resume next week in Geneva.");

        Assert.Equal(EvidenceVerdict.TooShort, strict.Check("talks would resume next", source));
        Assert.Equal(EvidenceVerdict.Found, strict.Check("talks would resume next week in Geneva", source));
    }
}
