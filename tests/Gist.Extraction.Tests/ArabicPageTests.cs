using System.Text;
using Gist.Extraction.Decoding;
using Gist.Extraction.Extraction;

namespace Gist.Extraction.Tests;

/// <summary>Pages built like real Arabic news sites from the seed articles (Fixtures/arabic-*.html).</summary>
public class ArabicPageTests
{
    private static readonly string[] Furniture =
    [
        "صواريخنا قادرة", "وزير الدفاع الروسي يزور", "إقرأ أيضاً", "اقرأ ايضا", "أخبار ذات صلة", "الأمم المتحدة تدعو",
        "كلمات دلالية", "النشرة البريدية", "تعليق", "الأكثر قراءة", "جميع الحقوق", "ملفات تعريف الارتباط", "فيسبوك",
        "الرئيسية", "تجاهل التعليمات", "شاهد أيضا", "تابعونا",
    ];

    [Theory]
    [InlineData("arabic-mustaqila")]
    [InlineData("arabic-cp1256")]
    [InlineData("arabic-br-lines")] // paragraphs separated by <br>, "read also" lines with and without <b>
    public void Body_comes_out_whole_and_nothing_else_does(string page)
    {
        var html = TextDecoding.Decode(Fixture.Bytes(page + ".html"), null, sniffMeta: true);
        var article = new ArticleExtractor().Extract(html, new Uri("https://mustaqila.example/news/1"));

        var expected = Fixture.Text(page + ".expected.txt").Trim().Split('\n');
        Assert.Equal(expected, article.Text.Split('\n'));
        foreach (var word in Furniture)
        {
            Assert.DoesNotContain(word, article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Windows_1256_page_decodes_without_its_meta_label()
    {
        var bytes = Fixture.Bytes("arabic-cp1256.html");
        var unlabelled = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(bytes).Replace("charset=\"windows-1256\"", "data-x=\"\"", StringComparison.Ordinal));
        var article = new ArticleExtractor().Extract(TextDecoding.Decode(unlabelled, null, sniffMeta: true));
        Assert.Equal(Fixture.Text("arabic-cp1256.expected.txt").Trim(), article.Text);
    }

    [Fact]
    public void Metadata_comes_from_the_markup()
    {
        var article = new ArticleExtractor().Extract(Fixture.Text("arabic-mustaqila.html"), new Uri("https://mustaqila.example/news/1"));
        Assert.Equal("وكالة الصحافة المستقلة", article.SiteName);
        Assert.Equal("ar", article.Language);
        Assert.Equal(new DateTimeOffset(2023, 11, 9, 10, 15, 0, TimeSpan.FromHours(3)), article.Published);
        Assert.Equal("https://mustaqila.example/news/2023/11/09/blinken-seoul", article.CanonicalUrl);
        Assert.StartsWith("بلينكن يعبر عن قلقه", article.Title, StringComparison.Ordinal);
    }
}
