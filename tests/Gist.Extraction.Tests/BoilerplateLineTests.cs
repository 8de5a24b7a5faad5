using Gist.Extraction.Extraction;

namespace Gist.Extraction.Tests;

public class BoilerplateLineTests
{
    [Theory]
    [InlineData("2018-08-16")]
    [InlineData("23 Nov 2017")]
    [InlineData("November 20, 2019 - 11:28 AMT")]
    [InlineData("Published November 20th, 2019 - 07:50 GMT")]
    [InlineData("(Published Monday, Nov. 18, 2019)")]
    [InlineData("02 Ago 2017")]
    [InlineData("15:23 2019")]
    [InlineData("الخميس 09 نوفمبر 2023 - 10:15 ص")]
    [InlineData("نشر في: ٩ تشرين الثاني ٢٠٢٣")]
    [InlineData("آخر تحديث: 2023/11/09 - 11:40")]
    [InlineData("سه‌شنبه ۲۲ مرداد ۱۴۰۳ - ۰۹:۳۰")]
    [InlineData("8 октября 2024, 12:40")]
    [InlineData("Опубликовано: 08.10.2024 в 12:40")]
    public void Date_stamp_lines_are_recognised(string line) => Assert.True(DateLine.IsDateOnly(line));

    [Theory]
    [InlineData("May 2019 was the wettest month on record.")]
    [InlineData("12 4 7")]
    [InlineData("2019")]
    [InlineData("Officials met on March 3, 2020 in Geneva")]
    [InlineData("قال الوزير في 9 نوفمبر 2023 إن المحادثات مستمرة")]
    [InlineData("Встреча прошла 8 октября 2024 года в Москве")]
    public void Sentences_and_plain_numbers_are_not_date_stamps(string line) => Assert.False(DateLine.IsDateOnly(line));

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("スポンサードリンク")]
    [InlineData("إعلان")]
    [InlineData("Iklan")]
    [InlineData("12 Comments")]
    [InlineData("Image 1 of / 9")]
    [InlineData("This slideshow requires JavaScript.")]
    [InlineData("Tempo de leitura: 1 minuto")]
    [InlineData("Click here to subscribe to The Paradigm Newsletter")]
    [InlineData("Sign up to our newsletter for exclusive updates and enhanced content")]
    [InlineData("Let our news meet your inbox. The news and stories that matters, delivered weekday mornings.")]
    [InlineData("Like this story? Share it with a friend!")]
    [InlineData("[button link=”http://bikes.example/submit-kit-review/” type=”big” newwindow=”yes”] Send us YOUR kit review[/button]")]
    public void Interface_strings_ad_labels_and_newsletter_pitches_are_boilerplate(string line) =>
        Assert.True(BoilerplateLines.IsBoilerplate(line));

    [Theory]
    [InlineData("Sign up for a Hulu ad-free account for $11.99 a month")]
    [InlineData("Comments from the minister drew criticism from the opposition.")]
    [InlineData("The advertisement ran in three newspapers before it was withdrawn.")]
    public void Article_sentences_that_mention_such_words_stay(string line) => Assert.False(BoilerplateLines.IsBoilerplate(line));

    [Fact]
    public void Only_whole_boilerplate_lines_leave_the_body() =>
        Assert.Equal("First paragraph.\nSecond paragraph.", BoilerplateLines.Remove("First paragraph.\nAdvertisement\n2019-11-20\nSecond paragraph."));

    [Fact]
    public void You_may_also_like_heading_takes_its_headline_links_with_it()
    {
        const string body =
            "<p>The band was nominated for the Hall of Fame on Tuesday, the third nomination in five years for the group.</p>" +
            "<p>Fans can vote online until January, and the winners will be honored at a ceremony in Cleveland next spring.</p>" +
            "<p>The band said in a statement that it was grateful to its fans for decades of support and for every vote.</p>" +
            "<h3>You may also like...</h3><p><a href=\"/a\">Who will make the Rock Hall in 2020?</a></p><p><a href=\"/b\">Fans vote in record numbers</a></p>";
        var text = new ArticleExtractor().Extract($"<html><body><article>{body}</article></body></html>").Text;
        Assert.DoesNotContain("Rock Hall in 2020", text, StringComparison.Ordinal);
        Assert.DoesNotContain("You may also like", text, StringComparison.Ordinal);
        Assert.Contains("grateful to its fans", text, StringComparison.Ordinal);
    }
}
