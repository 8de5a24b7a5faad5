namespace Gist.Input.Tests.Cleaning;

public sealed class PastedTextCleanerTests
{
    private const string Body =
        "The minister said on Monday that talks would resume next week after a pause of several months.\n" +
        "Officials from both sides confirmed the date and said the agenda was not yet final.\n" +
        "Analysts expect the first round to focus on trade and on the release of detained sailors.";

    private readonly PastedTextCleaner cleaner = new();

    [Fact]
    public void A_paragraph_that_mentions_read_also_mid_body_is_kept()
    {
        var paragraph = "Critics told readers to read also the fine print, which, they said, changes everything.";
        var cleaned = cleaner.Clean("Talks to resume\n" + Body + "\n" + paragraph + "\nThe talks open on Tuesday in Geneva.");

        Assert.Contains(paragraph, cleaned.Text);
        Assert.EndsWith("The talks open on Tuesday in Geneva.", cleaned.Text);
    }

    [Theory]
    [InlineData("Read more:")]
    [InlineData("Related articles")]
    [InlineData("See also")]
    [InlineData("Lire aussi :")]
    [InlineData("À lire aussi")]
    [InlineData("Leer también:")]
    [InlineData("Читайте также:")]
    [InlineData("Leia também")]
    [InlineData("Lesen Sie auch:")]
    [InlineData("همچنین بخوانید:")]
    [InlineData("مطالب مرتبط")]
    [InlineData("相关阅读")]
    [InlineData("Ayrıca okuyun:")]
    [InlineData("اقرأ أيضًا")]
    [InlineData("• اقرأ ايضا:")]
    public void Trailing_related_block_is_cut_with_everything_after_it(string marker)
    {
        var cleaned = cleaner.Clean(Body + "\n" + marker + "\nUnrelated headline about football\nUnrelated story text that must not survive.");

        Assert.Equal(Body, cleaned.Text);
        Assert.DoesNotContain("Unrelated", cleaned.Text);
    }

    [Fact]
    public void Trailing_read_also_teaser_with_a_title_cuts_the_rest()
    {
        var cleaned = cleaner.Clean(Body + "\nاقرأ أيضا: روسيا ترجح مواصلة العقوبات\nنص مقال آخر لا علاقة له بالخبر.");

        Assert.Equal(Body, cleaned.Text);
    }

    [Fact]
    public void Early_read_also_teaser_line_is_removed_alone()
    {
        var lead = "The minister said on Monday that talks would resume next week.";
        var cleaned = cleaner.Clean(lead + "\nRead also: Markets rally after the announcement\n" + Body + "\n" + Body);

        Assert.DoesNotContain("Markets rally", cleaned.Text);
        Assert.StartsWith(lead, cleaned.Text);
        Assert.EndsWith("release of detained sailors.", cleaned.Text);
    }

    [Theory]
    [InlineData("كلمات دلالية: روسيا كوريا الشمالية")]
    [InlineData("الكلمات المفتاحية: سول")]
    [InlineData("Tags: Korea, Russia, Diplomacy")]
    [InlineData("Теги: Россия, КНДР")]
    [InlineData("برچسب‌ها: کره شمالی")]
    [InlineData("标签：朝鲜 俄罗斯")]
    [InlineData("#Россия #КНДР")]
    public void Tag_lines_are_removed(string tagLine)
    {
        var cleaned = cleaner.Clean(Body + "\n" + tagLine);

        Assert.Equal(Body, cleaned.Text);
        Assert.Equal(tagLine.Length, cleaned.RemovedCharacters);
    }

    [Theory]
    [InlineData("شارك")]
    [InlineData("Share this article")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("تابعونا على تلغرام")]
    [InlineData("👉 Подписывайтесь на наш канал")]
    [InlineData("Facebook Twitter WhatsApp")]
    [InlineData("@rian_ru")]
    [InlineData("🔻 کانال ما را در تلگرام دنبال کنید")]
    [InlineData("للاشتراك في قناتنا على تلغرام اضغط هنا: t.me/akhbar_example")]
    [InlineData("👇 Присоединяйтесь к нашему каналу")]
    public void Short_share_and_subscribe_lines_are_removed(string shareLine)
    {
        var cleaned = cleaner.Clean(Body + "\n" + shareLine);

        Assert.Equal(Body, cleaned.Text);
    }

    [Theory]
    [InlineData("شارك آلاف المتظاهرين في مسيرة وسط العاصمة مساء الجمعة للمطالبة بوقف الحرب.")]
    [InlineData("Share prices fell by three percent after the announcement, traders said.")]
    [InlineData("Subscribers to the service will pay more from January, the company said.")]
    public void A_sentence_that_merely_contains_a_share_word_is_kept(string sentence)
    {
        var cleaned = cleaner.Clean(Body + "\n" + sentence);

        Assert.EndsWith(sentence, cleaned.Text);
    }

    [Theory]
    [InlineData("Published: 9 November 2023 14:05 GMT", "2023-11-09T14:05:00+00:00")]
    [InlineData("تاريخ النشر: 9th, November 2023 GMT", "2023-11-09T00:00:00+00:00")]
    [InlineData("تاريخ النشر: الخميس ٩ تشرين الثاني ٢٠٢٣ - ٠٢:٣٠ م", "2023-11-09T14:30:00+00:00")]
    [InlineData("Опубликовано: 9 ноября 2023 г., 10:15", "2023-11-09T10:15:00+00:00")]
    [InlineData("Published on 2023-11-09T10:15:00+03:00", "2023-11-09T10:15:00+03:00")]
    [InlineData("发布时间：2023年11月9日 08:00", "2023-11-09T08:00:00+00:00")]
    [InlineData("نوفمبر 9, 2023", "2023-11-09T00:00:00+00:00")]
    [InlineData("Publié le 9 novembre 2023", "2023-11-09T00:00:00+00:00")]
    public void Date_lines_become_the_published_date(string dateLine, string expected)
    {
        var cleaned = cleaner.Clean("Talks to resume\n" + dateLine + "\n" + Body);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), cleaned.Published);
        Assert.Equal(Body, cleaned.Text);
        Assert.Equal("Talks to resume", cleaned.Title);
    }

    [Fact]
    public void A_body_sentence_with_a_date_is_not_a_date_line()
    {
        var sentence = "The summit held on 18 August 2023 at Camp David produced a joint statement on security cooperation.";
        var cleaned = cleaner.Clean(Body + "\n" + sentence);

        Assert.EndsWith(sentence, cleaned.Text);
        Assert.Null(cleaned.Published);
    }

    [Theory]
    [InlineData("Source: Reuters", "Reuters", null)]
    [InlineData("Источник: ТАСС", "ТАСС", null)]
    [InlineData("المصدر: https://example.com/news/1", null, "https://example.com/news/1")]
    [InlineData("Source: Reuters (https://reuters.com/a)", "Reuters", "https://reuters.com/a")]
    public void Source_lines_become_outlet_and_address(string line, string? source, string? url)
    {
        var cleaned = cleaner.Clean(Body + "\n" + line);

        Assert.Equal(source, cleaned.Source);
        Assert.Equal(url, cleaned.SourceUrl);
        Assert.Equal(Body, cleaned.Text);
    }

    [Fact]
    public void Invisible_characters_and_whitespace_runs_are_normalized()
    {
        var raw = "\uFEFF\u200Fقال   الوزير\u200B\t إن\u00A0المحادثات\u202B ستستأنف\u202C.\r\n\r\n\r\nوأضاف أن الجولة الأولى ستعقد في جنيف.   ";
        var cleaned = cleaner.Clean(raw);

        Assert.Equal("قال الوزير إن المحادثات ستستأنف.\nوأضاف أن الجولة الأولى ستعقد في جنيف.", cleaned.Text);
    }

    [Fact]
    public void Persian_zero_width_non_joiner_is_kept()
    {
        var cleaned = cleaner.Clean("وزیر خارجه گفت که مذاکرات از سر گرفته می‌شود.");

        Assert.Contains("می\u200Cشود", cleaned.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t \r\n ")]
    [InlineData("\u200B\u200F")]
    [InlineData("Tags: a, b\nShare")]
    public void Empty_or_metadata_only_paste_gives_empty_text(string raw)
    {
        var cleaned = cleaner.Clean(raw);

        Assert.True(cleaned.IsEmpty);
        Assert.Null(cleaned.Title);
    }

    [Fact]
    public void A_single_headline_line_stays_as_text_not_title()
    {
        var cleaned = cleaner.Clean("Breaking: talks to resume next week");

        Assert.Equal("Breaking: talks to resume next week", cleaned.Text);
        Assert.Null(cleaned.Title);
    }
}
