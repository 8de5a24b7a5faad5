using Gist.Core.Articles;

namespace Gist.Storage.Tests;

public sealed class ArticleStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempStorage temp = new();
    private readonly OpenStorage storage;

    public ArticleStoreTests()
    {
        storage = temp.Open();
    }

    public void Dispose() => temp.Dispose();

    private static Article Seoul => new()
    {
        Text = "قال وزير الخارجية الأمريكي أنتوني بلينكن في سيول إن …\nوأضاف أن التعاون مستمر.",
        Title = "بلينكن في سيول",
        Source = "Al Mustaqilla",
        Url = "https://example.com/news/1",
        Author = "مراسل",
        Published = new DateTimeOffset(2023, 11, 9, 10, 30, 0, TimeSpan.FromHours(3)),
        Language = "ar",
        Origin = ArticleOrigin.Link,
        IsPartial = true,
    };

    [Fact]
    public async Task A_saved_article_reads_back_with_every_field_and_the_date_offset()
    {
        long id = await storage.Articles.SaveAsync(Seoul, None);

        Article? read = await storage.Articles.GetAsync(id, None);

        Assert.Equal(Seoul, read);
        Assert.Equal("2023-11-09T10:30:00.0000000+03:00", RawSqlite.Scalar(temp.FilePath, $"SELECT published FROM articles WHERE id = {id}"));
    }

    [Fact]
    public async Task Text_read_from_an_image_reads_back_with_how_it_was_read()
    {
        var screenshot = Seoul with { Origin = ArticleOrigin.Image, IsPartial = false, ReadingNote = "📷 Text read from an image by Tesseract OCR." };

        long id = await storage.Articles.SaveAsync(screenshot, None);

        Assert.Equal(screenshot, await storage.Articles.GetAsync(id, None));
    }

    [Fact]
    public async Task The_same_text_saved_again_returns_the_first_id_and_keeps_one_row()
    {
        long first = await storage.Articles.SaveAsync(Seoul, None);

        long again = await storage.Articles.SaveAsync(Seoul with { Text = "  " + Seoul.Text + "\n", Source = "@other", Origin = ArticleOrigin.Forwarded }, None);
        long other = await storage.Articles.SaveAsync(Seoul with { Text = "نص آخر مختلف" }, None);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(2, RawSqlite.Count(temp.FilePath, "SELECT COUNT(*) FROM articles"));
        Assert.Equal("Al Mustaqilla", (await storage.Articles.GetAsync(first, None))?.Source);
    }

    [Fact]
    public async Task An_article_with_only_text_reads_back_with_empty_metadata()
    {
        long id = await storage.Articles.SaveAsync(new Article { Text = "Plain pasted text." }, None);

        Article? read = await storage.Articles.GetAsync(id, None);

        Assert.Equal(new Article { Text = "Plain pasted text." }, read);
    }

    [Fact]
    public async Task Unknown_article_id_is_null()
    {
        Assert.Null(await storage.Articles.GetAsync(12345, None));
    }

    [Fact]
    public async Task A_bot_message_leads_back_to_its_article_in_its_own_chat_only()
    {
        long id = await storage.Articles.SaveAsync(Seoul, None);

        await storage.Articles.LinkMessageAsync(-1001234567890, 55, id, None);

        Assert.Equal(id, await storage.Articles.FindByMessageAsync(-1001234567890, 55, None));
        Assert.Null(await storage.Articles.FindByMessageAsync(42, 55, None));
        Assert.Null(await storage.Articles.FindByMessageAsync(-1001234567890, 56, None));
    }

    [Fact]
    public async Task Linking_a_message_again_points_it_at_the_new_article()
    {
        long first = await storage.Articles.SaveAsync(Seoul, None);
        long second = await storage.Articles.SaveAsync(new Article { Text = "Another article." }, None);
        await storage.Articles.LinkMessageAsync(1, 9, first, None);

        await storage.Articles.LinkMessageAsync(1, 9, second, None);

        Assert.Equal(second, await storage.Articles.FindByMessageAsync(1, 9, None));
    }

    [Fact]
    public async Task Linking_to_an_article_that_does_not_exist_is_an_argument_error()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => storage.Articles.LinkMessageAsync(1, 9, 999, None));

        Assert.Equal("articleId", error.ParamName);
    }
}
