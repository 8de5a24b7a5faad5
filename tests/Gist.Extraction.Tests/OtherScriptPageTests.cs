using Gist.Extraction.Extraction;

namespace Gist.Extraction.Tests;

/// <summary>
/// Pages built like Persian, Russian and Chinese news sites (Fixtures/*-news.html): each has a "read also" line in
/// the body, a related-news block between paragraphs, tags, a share bar, comments and an end-of-story line in that
/// language. The body must come out whole, paragraph by paragraph, and none of the furniture with it.
/// </summary>
public class OtherScriptPageTests
{
    [Theory]
    [InlineData("persian-news", new[] { "بیشتر بخوانید", "تعطیلی ادارات", "اخبار مرتبط", "فرونشست زمین در جنوب پایتخت", "همچنین بخوانید", "جدول خاموشی", "انتهای پیام", "برچسب", "نظرات", "بازچرخانی", "پربازدید", "تلگرام" })]
    [InlineData("russian-news", new[] { "Читайте также", "трамвайной", "По теме", "Пробки", "Подписывайтесь", "Теги", "Поделиться", "Комментарии", "Наконец-то", "Самое читаемое", "Автор" })]
    [InlineData("chinese-news", new[] { "相关阅读", "元旦假期", "相关新闻", "春运", "武汉地铁", "责任编辑", "关键词", "网友评论", "热点排行", "分享到", "来源" })]
    public void Body_comes_out_whole_and_nothing_else_does(string page, string[] furniture)
    {
        var article = new ArticleExtractor().Extract(Fixture.Text(page + ".html"), new Uri("https://news.example/" + page));

        var expected = Fixture.Text(page + ".expected.txt").Trim().Split('\n');
        Assert.Equal(expected, article.Text.Split('\n'));
        foreach (var phrase in furniture)
        {
            Assert.DoesNotContain(phrase, article.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("persian-news", "fa")]
    [InlineData("russian-news", "ru")]
    [InlineData("chinese-news", "zh")]
    public void Language_and_date_come_from_the_markup(string page, string language)
    {
        var article = new ArticleExtractor().Extract(Fixture.Text(page + ".html"));

        Assert.Equal(language, article.Language);
        Assert.NotNull(article.Published);
    }

    [Theory]
    [InlineData("Читайте также: Мэрия объявила о продлении линии", 31)]
    [InlineData("مطالب مرتبط: افت فشار آب", 16)]
    [InlineData("相关新闻：春运火车票开售时间公布", 11)]
    [InlineData("مقالات ذات صلة", 0)]
    public void Read_also_lines_in_more_languages_are_recognised(string line, int linkChars) =>
        Assert.True(ReadAlsoLines.IsReadAlso(line, linkChars));

    [Theory]
    [InlineData("По теме доклада выступил министр транспорта региона.")]
    [InlineData("Теги для сайта обсуждали на заседании комиссии весь день.")]
    public void Sentences_that_start_like_a_lead_in_stay(string line) => Assert.False(ReadAlsoLines.IsReadAlso(line, 0));

    [Theory]
    [InlineData("沿江高铁武汉至宜昌段开通运营_示例新闻网", "示例新闻网", "沿江高铁武汉至宜昌段开通运营")]
    [InlineData("Bridge opens | City News", "City News", "Bridge opens")]
    [InlineData("Why City News matters", "City News", "Why City News matters")]
    [InlineData("Bridge opens", null, "Bridge opens")]
    public void Outlet_name_after_a_separator_leaves_the_title(string title, string? site, string expected) =>
        Assert.Equal(expected, PageMetadataReader.WithoutSiteName(title, site));
}
