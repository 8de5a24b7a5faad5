using Gist.Digests.Channels;

namespace Gist.Digests.Tests;

/// <summary>Channel previews saved in the shape of t.me/s pages (Arabic and Russian): posts, captions, previews, forwards, replies.</summary>
public sealed class ChannelPageTests
{
    private static string Page(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "channels", name + ".html"));

    [Theory]
    [InlineData("@akhbar_alalam", "akhbar_alalam")]
    [InlineData("t.me/akhbar_alalam", "akhbar_alalam")]
    [InlineData("https://t.me/s/akhbar_alalam", "akhbar_alalam")]
    [InlineData("https://t.me/akhbar_alalam/1401", "akhbar_alalam")]
    [InlineData("telegram.me/novosti_dnya", "novosti_dnya")]
    public void A_channel_is_recognised_however_it_is_written(string input, string name)
    {
        Assert.True(ChannelAddress.TryParse(input, out var parsed, out var error));
        Assert.Equal(name, parsed);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("https://t.me/+AbCdEfGh123", "private chat")]
    [InlineData("https://t.me/joinchat/AbCdEfGh123", "private chat")]
    [InlineData("@abc", "not a Telegram channel name")]
    public void A_private_invite_or_an_impossible_name_gets_a_reason(string input, string reason)
    {
        Assert.False(ChannelAddress.TryParse(input, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_address_is_not_taken_for_a_channel()
    {
        Assert.False(ChannelAddress.TryParse("https://example.com/feed.xml", out _, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void The_arabic_page_gives_the_news_posts_and_skips_the_service_message_the_poll_and_the_sticker()
    {
        var page = ChannelPageParser.Parse(Page("arabic"), "akhbar_alalam");

        Assert.NotNull(page);
        Assert.Equal("أخبار العالم", page.Title);
        Assert.Equal([1401, 1402, 1403, 1405], page.Posts.Select(p => p.Id));
        Assert.Equal(1400, page.OldestId);
    }

    [Fact]
    public void A_photo_caption_is_the_post_with_its_line_breaks_emoji_and_hashtag_and_its_own_date()
    {
        var post = ChannelPageParser.Parse(Page("arabic"), "akhbar_alalam")!.Posts.Single(p => p.Id == 1401);

        Assert.StartsWith("عاجل | وزير الخارجية الأمريكي أنتوني بلينكن يصل إلى سيول", post.Text, StringComparison.Ordinal);
        Assert.Contains("\nوقال بلينكن إن كوريا الشمالية تزود روسيا", post.Text, StringComparison.Ordinal);
        Assert.Contains("🔴", post.Text, StringComparison.Ordinal);
        Assert.EndsWith("#كوريا", post.Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 7, 10, 0, TimeSpan.Zero), post.Date);
        Assert.False(post.IsMostlyLink);
        Assert.Null(post.ForwardedFrom);
    }

    [Fact]
    public void A_post_that_is_mostly_a_link_preview_is_read_through_its_article()
    {
        var post = ChannelPageParser.Parse(Page("arabic"), "akhbar_alalam")!.Posts.Single(p => p.Id == 1402);

        Assert.True(post.IsMostlyLink);
        Assert.Equal("https://news.example/seoul-visit", post.ArticleUrl);
        var item = new ChannelPostMapper(new Gist.Input.PastedTextCleaner()).Map(ChannelPageParser.Parse(Page("arabic"), "akhbar_alalam")!, post);
        Assert.True(item.IsTeaser);
        Assert.Equal("https://news.example/seoul-visit", item.Link);
        Assert.Equal("https://t.me/akhbar_alalam/1402", item.ItemKey);
    }

    [Fact]
    public void A_forwarded_post_names_its_original_channel_and_a_reply_keeps_only_its_own_words()
    {
        var page = ChannelPageParser.Parse(Page("arabic"), "akhbar_alalam")!;
        var forwarded = page.Posts.Single(p => p.Id == 1403);
        var reply = page.Posts.Single(p => p.Id == 1405);

        Assert.Equal("Korea Wire", forwarded.ForwardedFrom);
        Assert.Equal("https://t.me/korea_wire/877", forwarded.ForwardedFromUrl);
        var item = new ChannelPostMapper(new Gist.Input.PastedTextCleaner()).Map(page, forwarded);
        Assert.StartsWith("Forwarded from Korea Wire (https://t.me/korea_wire/877)\n", item.Text, StringComparison.Ordinal);
        Assert.Equal("https://t.me/akhbar_alalam/1403", item.Link);
        Assert.Equal("تحديث: بلينكن يلتقي الرئيس الكوري الجنوبي يون سوك يول بعد محادثاته مع بارك جين", reply.Text);
    }

    [Fact]
    public void The_russian_page_keeps_a_text_link_address_and_the_forward_origin()
    {
        var page = ChannelPageParser.Parse(Page("russian"), "novosti_dnya");

        Assert.NotNull(page);
        Assert.Equal("Новости дня", page.Title);
        var first = page.Posts[0];
        Assert.EndsWith("Подробнее (https://www.example.ru/world/seoul)", first.Text, StringComparison.Ordinal);
        Assert.False(first.IsMostlyLink);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 3, 15, 0, TimeSpan.Zero), first.Date!.Value.ToUniversalTime());
        Assert.Equal("МИД России", page.Posts[1].ForwardedFrom);
    }

    [Fact]
    public void A_russian_reply_keeps_its_own_formatted_words_in_place_its_quote_on_its_own_line_and_its_link_preview()
    {
        var page = ChannelPageParser.Parse(Page("russian"), "novosti_dnya")!;
        var post = page.Posts.Single(p => p.Id == 52012);

        Assert.Equal(
            "Дополнение: Блинкен и Пак Джин договорились о расширенном сдерживании, сообщает @korea_wire. Ранее сообщалось о трёх двух встречах; формат 2+2 пока не подтверждён.\n"
            + "«Сотрудничество КНДР и России — улица с двусторонним движением»\nПодробнее в статье #Корея",
            post.Text);
        Assert.Equal("https://www.example.ru/world/seoul-deterrence", post.ArticleUrl);
        Assert.False(post.IsMostlyLink);
        Assert.Equal(new[] { 52010L, 52011, 52012 }, page.ShownIds.Order());
        var item = new ChannelPostMapper(new Gist.Input.PastedTextCleaner()).Map(page, post);
        Assert.Equal("https://t.me/novosti_dnya/52012", item.Link);
        Assert.StartsWith("Дополнение: Блинкен", item.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_channel_is_a_channel_with_no_posts()
    {
        var page = ChannelPageParser.Parse(Page("empty"), "quiet_channel");

        Assert.NotNull(page);
        Assert.Equal("Quiet Channel", page.Title);
        Assert.Empty(page.Posts);
        Assert.Null(page.OldestId);
    }

    [Fact]
    public void A_page_without_history_is_no_preview_and_says_why()
    {
        Assert.Null(ChannelPageParser.Parse(Page("no-preview"), "closed_news"));
        Assert.Contains("turned the preview off", ChannelUnavailable.Reason(Page("no-preview"), "closed_news"), StringComparison.Ordinal);
        Assert.Contains("There is no public Telegram channel @no_such_channel", ChannelUnavailable.Reason(Page("unknown"), "no_such_channel"), StringComparison.Ordinal);
    }
}
