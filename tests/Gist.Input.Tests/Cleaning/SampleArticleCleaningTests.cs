using Gist.Core.Articles;
using Gist.Input.Tests.Fixtures;

namespace Gist.Input.Tests.Cleaning;

public sealed class SampleArticleCleaningTests
{
    private readonly PastedTextCleaner cleaner = new();

    /// <summary>Opening words of the unrelated article after "إقرأ أيضاً:" in each sample that has one.</summary>
    public static TheoryData<string, string[]> ReadAlsoTails => new()
    {
        { Samples.Seoul000, ["صواريخنا قادرة على الوصول", "كوريا الشكمالية", "عام 2025"] },
        { Samples.Seoul002, ["روسيا ترجح مواصلة الاتحاد الأوروبي", "لوجفينوف", "تابع أحدث الأخبار"] },
        { Samples.Accusations003, ["ليس لها تأثير كبير في المعارك", "إيفغوين إيرين", "زيلينسكي"] },
    };

    [Theory]
    [MemberData(nameof(ReadAlsoTails))]
    public void Unrelated_read_also_article_never_reaches_the_text(string sample, string[] tailPhrases)
    {
        var cleaned = cleaner.Clean(Samples.Read(sample));

        Assert.DoesNotContain("أيضاً", cleaned.Text);
        foreach (var phrase in tailPhrases)
        {
            Assert.DoesNotContain(phrase, cleaned.Text);
            Assert.DoesNotContain(phrase, cleaned.Title ?? string.Empty);
        }

        Assert.True(cleaned.RemovedCharacters > 500, $"removed only {cleaned.RemovedCharacters} characters");
    }

    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public void Tag_date_and_source_lines_leave_the_text_of_every_sample(string sample)
    {
        var cleaned = cleaner.Clean(Samples.Read(sample));

        foreach (var label in new[] { "كلمات دلالية", "تاريخ النشر", "آخر تحديث", "المصدر:", "إقرأ أيضاً" })
        {
            Assert.DoesNotContain(label, cleaned.Text);
        }

        Assert.DoesNotContain("\n\n", cleaned.Text);
        Assert.DoesNotContain("  ", cleaned.Text);
        Assert.True(cleaned.Text.Length > 1000, $"{sample} kept only {cleaned.Text.Length} characters");
    }

    [Theory]
    [InlineData(Samples.Seoul000, "و قالت كوريا الجنوبية الأسبوع الماضي إن كوريا الشمالية في المراحل النهائية من الاستعدادات لعملية الإطلاق بعد حصولها على ما يبدو على مساعدة فنية من روسيا.")]
    [InlineData(Samples.Seoul002, "وقال وزير الخارجية الكوري الجنوبي أيضا بعد اجتماعه مع نظيره الأميركي إنهما يطالبان كوريا الشمالية بإلغاء خطة لإطلاق قمر صناعي للتجسس.")]
    [InlineData(Samples.Accusations003, "ومن المقرر أن يناقش زعماء كوريا الجنوبية والولايات المتحدة واليابان التعاون الأمني بشأن كوريا الشمالية وأوكرانيا وقضايا أخرى في قمة ثلاثية في 18 أغسطس في كامب ديفيد.")]
    [InlineData(Samples.Kirby001, "وأكد المتحدث مجددا على أن الولايات المتحدة ستراقب \"عن كثب\" تطورات القمة ولن تتردد في فرض عقوبات \"إذا كان ذلك مناسبا\".")]
    public void The_article_keeps_its_last_paragraph(string sample, string lastParagraph)
    {
        var cleaned = cleaner.Clean(Samples.Read(sample));

        Assert.EndsWith(lastParagraph, cleaned.Text);
    }

    [Fact]
    public void Reuters_republication_gives_title_date_outlet_and_original_url()
    {
        var cleaned = cleaner.Clean(Samples.Read(Samples.Seoul000));

        Assert.Equal("بلينكن يعبر عن قلقه من زيادة التعاون العسكري بين روسيا و كوريا الشمالية", cleaned.Title);
        Assert.Equal(new DateTimeOffset(2023, 11, 9, 0, 0, 0, TimeSpan.Zero), cleaned.Published);
        Assert.Equal("وكالة الصحافة المستقلة", cleaned.Source);
        Assert.StartsWith("https://www.reuters.com/world/asia-pacific/north-korea-blinkens-agenda-seoul", cleaned.SourceUrl);
        Assert.StartsWith("المستقلة/- قال وزير الخارجية الأمريكي أنتوني بلينكن", cleaned.Text);
    }

    [Theory]
    [InlineData(Samples.Seoul002, "واشنطن وسول تتشاركان مخاوف بالغة بشأن تعاون موسكو وبيونغ يانغ", "الجزيرة", "2023-11-09")]
    [InlineData(Samples.Accusations003, "تصاعد الاتهامات الأمريكية لكوريا الشمالية بتقديم أسلحة إلى موسكو", "الوطن", "2023-08-16")]
    public void Title_source_and_date_become_metadata(string sample, string title, string source, string date)
    {
        var cleaned = cleaner.Clean(Samples.Read(sample));

        Assert.Equal(title, cleaned.Title);
        Assert.Equal(source, cleaned.Source);
        Assert.Equal(DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), cleaned.Published);
        Assert.Null(cleaned.SourceUrl);
    }

    [Fact]
    public void Page_date_header_is_removed_and_the_earlier_article_date_is_published()
    {
        // The page printed the day it was saved ("الخميس 23 مايو 2024") above the article's own timestamp.
        var cleaned = cleaner.Clean(Samples.Read(Samples.Kirby001));

        Assert.Equal("البيت الأبيض: واشنطن تشعر بالقلق إزاء التعاون الدفاعي المزدهر بين كوريا الشمالية وروسيا", cleaned.Title);
        Assert.Equal(new DateTimeOffset(2023, 9, 14, 9, 56, 0, TimeSpan.Zero), cleaned.Published);
        Assert.DoesNotContain("مايو 2024", cleaned.Text);
        Assert.DoesNotContain("14-9-2023", cleaned.Text);
    }

    [Fact]
    public void A_lead_paragraph_is_not_mistaken_for_a_title()
    {
        var cleaned = cleaner.Clean(Samples.Read(Samples.Seoul004));

        Assert.Null(cleaned.Title);
        Assert.StartsWith("حذّرت الولايات المتحدة وكوريا الجنوبية، الخميس،", cleaned.Text);
        Assert.Null(cleaned.Published);
    }

    [Fact]
    public void Cleaned_sample_becomes_an_article_with_its_metadata()
    {
        var article = cleaner.Clean(Samples.Read(Samples.Seoul002)).ToArticle(ArticleOrigin.Forwarded, "ar");

        Assert.Equal("الجزيرة", article.Source);
        Assert.Equal("ar", article.Language);
        Assert.Equal(ArticleOrigin.Forwarded, article.Origin);
        Assert.Equal(new DateTimeOffset(2023, 11, 9, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.StartsWith("قال وزير الخارجية الأميركي أنتوني بلينكن", article.Text);
    }
}
