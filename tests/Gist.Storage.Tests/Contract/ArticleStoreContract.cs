using Gist.Core.Articles;

namespace Gist.Storage.Tests.Contract;

public abstract class ArticleStoreContract : StoreContract
{
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

    [StoreFact]
    public async Task A_saved_article_reads_back_with_every_field_and_the_date_offset()
    {
        long id = await Stores.Articles.SaveAsync(Seoul, None);

        Article? read = await Stores.Articles.GetAsync(id, None);

        Assert.Equal(Seoul, read);
        Assert.Equal("2023-11-09T10:30:00.0000000+03:00", await Provider.ScalarAsync($"SELECT published FROM articles WHERE id = {id}"));
    }

    [StoreFact]
    public async Task Text_read_from_an_image_reads_back_with_how_it_was_read()
    {
        var screenshot = Seoul with { Origin = ArticleOrigin.Image, IsPartial = false, ReadingNote = "📷 Text read from an image by Tesseract OCR." };

        long id = await Stores.Articles.SaveAsync(screenshot, None);

        Assert.Equal(screenshot, await Stores.Articles.GetAsync(id, None));
    }

    [StoreFact]
    public async Task The_same_text_saved_again_returns_the_first_id_and_keeps_one_row()
    {
        long first = await Stores.Articles.SaveAsync(Seoul, None);

        long again = await Stores.Articles.SaveAsync(Seoul with { Text = "  " + Seoul.Text + "\n", Source = "@other", Origin = ArticleOrigin.Forwarded }, None);
        long other = await Stores.Articles.SaveAsync(Seoul with { Text = "نص آخر مختلف" }, None);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(2, await Provider.CountAsync("SELECT COUNT(*) FROM articles"));
        Assert.Equal("Al Mustaqilla", (await Stores.Articles.GetAsync(first, None))?.Source);
    }

    [StoreFact]
    public async Task An_article_with_only_text_reads_back_with_empty_metadata()
    {
        long id = await Stores.Articles.SaveAsync(new Article { Text = "Plain pasted text." }, None);

        Article? read = await Stores.Articles.GetAsync(id, None);

        Assert.Equal(new Article { Text = "Plain pasted text." }, read);
    }

    [StoreFact]
    public async Task Unknown_article_id_is_null()
    {
        Assert.Null(await Stores.Articles.GetAsync(12345, None));
    }

    [StoreFact]
    public async Task A_bot_message_leads_back_to_its_article_in_its_own_chat_only()
    {
        long id = await Stores.Articles.SaveAsync(Seoul, None);

        await Stores.Articles.LinkMessageAsync(-1001234567890, 55, id, None);

        Assert.Equal(id, await Stores.Articles.FindByMessageAsync(-1001234567890, 55, None));
        Assert.Null(await Stores.Articles.FindByMessageAsync(42, 55, None));
        Assert.Null(await Stores.Articles.FindByMessageAsync(-1001234567890, 56, None));
    }

    [StoreFact]
    public async Task Linking_a_message_again_points_it_at_the_new_article()
    {
        long first = await Stores.Articles.SaveAsync(Seoul, None);
        long second = await Stores.Articles.SaveAsync(new Article { Text = "Another article." }, None);
        await Stores.Articles.LinkMessageAsync(1, 9, first, None);

        await Stores.Articles.LinkMessageAsync(1, 9, second, None);

        Assert.Equal(second, await Stores.Articles.FindByMessageAsync(1, 9, None));
    }

    [StoreFact]
    public async Task Linking_to_an_article_that_does_not_exist_is_an_argument_error()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Stores.Articles.LinkMessageAsync(1, 9, 999, None));

        Assert.Equal("articleId", error.ParamName);
    }
}
