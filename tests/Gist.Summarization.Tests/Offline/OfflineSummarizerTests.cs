using Gist.Core.Articles;
using Gist.Summarization.Offline;

namespace Gist.Summarization.Tests.Offline;

public sealed class OfflineSummarizerTests
{
    private readonly OfflineSummarizer summarizer = new();

    private static Article Article(string text, string? language, string? title = null) => new() { Text = text, Language = language, Title = title };

    [Theory]
    [InlineData("🆔 @khabar_example")] // an emoji (a surrogate pair) standing alone between spaces
    [InlineData("\uD83D alone")] // half of one, as a broken client or a cut string can send
    [InlineData("ـــ ـــ قال ـــ")] // tatweel runs: letters to the tokenizer, nothing once normalized
    public void Emoji_and_broken_surrogates_in_a_post_never_break_the_summary(string line)
    {
        var text = "سخنگوی وزارت نیرو روز دوشنبه اعلام کرد که برنامه خاموشی‌ها تغییر می‌کند.\n" +
                   "وی گفت: «نیاز به خاموشی‌های طولانی کمتر شده است.»\n" + line;

        var result = summarizer.Summarize(Article(text, "fa"));

        Assert.NotEmpty(result.Claims);
        Assert.Contains("سخنگوی وزارت نیرو", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void English_speakers_are_read_before_the_verb_and_after_an_inverted_one()
    {
        var text =
            "Secretary of State Antony Blinken said on Thursday that Washington shared Seoul's concerns about the arms trade.\n" +
            "North Korea denied supplying weapons to Russia for the war in Ukraine.\n" +
            "“We are watching closely,” said Park Jin, the South Korean foreign minister.\n" +
            "Officials warned that a third satellite launch could come within weeks.\n" +
            "He also promised to keep pressure on Pyongyang until the launch is cancelled.\n" +
            "According to the Unification Ministry, 1,200 workers left the Kaesong zone in 2023 alone.";

        var claims = summarizer.Summarize(Article(text, "en")).Claims;

        Assert.Collection(
            claims,
            c => (c.Speaker, c.Kind).Equals(("Secretary of State Antony Blinken", "statement")).AssertTrue(c),
            c => (c.Speaker, c.Kind).Equals(("North Korea", "denial")).AssertTrue(c),
            c => (c.Speaker, c.Kind).Equals(("Park Jin", "statement")).AssertTrue(c),
            c => (c.Speaker, c.Kind).Equals(("Officials", "warning")).AssertTrue(c),
            c => (c.Speaker, c.Kind).Equals(("Officials", "promise")).AssertTrue(c),
            c => (c.Speaker, c.Kind).Equals(("the Unification Ministry", "figure")).AssertTrue(c));
    }

    [Fact]
    public void Russian_persian_and_chinese_reporting_verbs_are_found()
    {
        var russian = summarizer.Summarize(Article(
            "Министр иностранных дел Сергей Лавров заявил, что переговоры продолжатся.\nКремль отрицает поставки оружия из КНДР.\n«Мы готовы к диалогу», — сказал Песков журналистам.", "ru")).Claims;
        var persian = summarizer.Summarize(Article(
            "بلینکن روز پنجشنبه در سئول گفت که همکاری نظامی کره شمالی و روسیه نگران کننده است.\nکره شمالی این گزارش‌ها را تکذیب کرد و آن را دروغ خواند.", "fa")).Claims;
        var chinese = summarizer.Summarize(Article(
            "外交部发言人毛宁表示，中方一贯主张通过对话解决问题。朝鲜否认向俄罗斯提供武器。据新华社报道，会谈将于下周举行。", "zh")).Claims;

        Assert.Equal([("Министр иностранных дел Сергей Лавров", "statement"), ("Кремль", "denial"), ("Песков", "statement")], russian.Select(c => (c.Speaker, c.Kind)));
        Assert.Equal([("بلینکن", "statement"), ("کره شمالی", "denial")], persian.Select(c => (c.Speaker, c.Kind)));
        Assert.Equal(["外交部发言人毛宁", "朝鲜", "新华社"], chinese.Select(c => c.Speaker));
        Assert.Equal("denial", chinese[1].Kind);
    }

    [Fact]
    public void Unattributed_source_phrases_name_the_outlet()
    {
        var claims = summarizer.Summarize(Article("و بحسب ما ورد ظهرت أسلحة كورية شمالية مستخدمة في غزة.\nوقال بلينكن إن بلاده قلقة للغاية.", "ar")).Claims;

        Assert.Equal(["the outlet", "بلينكن"], claims.Select(c => c.Speaker));
    }

    [Fact]
    public void Claims_are_capped_and_denials_are_kept_first()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"وقال المسؤول رقم {i} إن المحادثات تسير بشكل جيد حتى الآن في العاصمة.").ToList();
        lines.Add("ونفت الحكومة وجود أي خلاف داخل الوفد المفاوض.");

        var claims = summarizer.Summarize(Article(string.Join('\n', lines), "ar")).Claims;

        Assert.Equal(OfflineSummarizer.MaxClaims, claims.Count);
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Denial && c.Speaker.StartsWith("الحكومة", StringComparison.Ordinal));
    }

    [Fact]
    public void Headline_is_the_title_or_the_top_sentence_shortened()
    {
        var text = string.Join(' ', Enumerable.Repeat("The coalition government announced a broad package of economic reforms for the coming fiscal year.", 4));

        var titled = summarizer.Summarize(Article(text, "en", "Reform package unveiled"));
        var untitled = summarizer.Summarize(Article(text + "\nIt also said inflation had slowed to 3 percent in the last quarter of the year.", null));

        Assert.Equal("Reform package unveiled", titled.Headline);
        Assert.StartsWith("The coalition government announced", untitled.Headline);
        Assert.True(untitled.Headline.Length <= 141);
        Assert.Equal("und", untitled.SourceLanguage);
    }

    [Fact]
    public void A_short_text_still_gets_a_summary()
    {
        var result = summarizer.Summarize(Article("Talks resume Monday.", "en"));

        Assert.Equal("Talks resume Monday.", result.Summary);
        Assert.Empty(result.Claims);
    }

    [Fact]
    public async Task Empty_text_is_an_argument_error_and_cancellation_is_honoured()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => summarizer.SummarizeAsync(Article("  \n ", "en"), "en", CancellationToken.None));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => summarizer.SummarizeAsync(Article("Talks resume.", "en"), "en", new CancellationToken(canceled: true)));
    }
}

internal static class ClaimAssertions
{
    public static void AssertTrue(this bool condition, Core.Summaries.Claim claim) => Assert.True(condition, $"unexpected {claim}");
}
