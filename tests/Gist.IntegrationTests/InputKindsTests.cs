using System.Text;
using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;

namespace Gist.IntegrationTests;

/// <summary>Links, forwarded posts and documents, through the real host (offline engine).</summary>
public sealed class InputKindsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static Dictionary<string, string?> AllowPort(PageServer site) => new()
    {
        ["Fetch:AllowedPorts:0"] = site.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task A_link_is_fetched_extracted_and_summarized_without_the_related_block()
    {
        await using var site = await PageServer.StartAsync(Fixture.Read("seed-002.txt"));
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, AllowPort(site));
        var alice = FakeUser.Create(301, "Alice");

        telegram.Updates.EnqueueText(alice, $"{site.BaseUrl}/news/seoul");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        var reply = string.Join('\n', telegram.State.Messages(alice.Id).Select(m => m.Text));
        Assert.Contains("RT Arabic", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("صواريخنا قادرة", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paywalled_page_is_summarized_with_a_note_that_only_its_free_part_was_read()
    {
        await using var site = await PageServer.StartAsync(Fixture.Read("seed-002.txt"));
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, AllowPort(site));
        var alice = FakeUser.Create(304, "Alice");

        telegram.Updates.EnqueueText(alice, $"{site.BaseUrl}/news/seoul-subscribers");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        var reply = string.Join('\n', telegram.State.Messages(alice.Id).Select(m => m.Text));
        Assert.Contains("RT Arabic", reply, StringComparison.Ordinal);
        Assert.Contains("🔒 The page keeps the full article for subscribers", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_links_get_one_answer_each_and_a_bad_link_gets_its_reason()
    {
        await using var site = await PageServer.StartAsync(Fixture.Read("seed-002.txt"));
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, AllowPort(site));
        var alice = FakeUser.Create(302, "Alice");

        telegram.Updates.EnqueueText(alice, $"{site.BaseUrl}/missing {site.BaseUrl}/image.png {site.BaseUrl}/news/seoul");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        var texts = telegram.State.Messages(alice.Id).Select(m => m.Text).ToList();
        Assert.Contains(texts, t => t.Contains("404", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("image/png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_link_to_a_private_address_is_refused_by_default()
    {
        await using var site = await PageServer.StartAsync(Fixture.Read("seed-002.txt"));
        await using var telegram = await FakeBotApiServer.StartAsync();
        var settings = AllowPort(site);
        settings["Fetch:AllowPrivateNetworks"] = "false";
        await using var bot = await GistBot.StartAsync(telegram, settings);
        var alice = FakeUser.Create(303, "Alice");

        telegram.Updates.EnqueueText(alice, $"{site.BaseUrl}/news/seoul");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.Contains("not allowed", StringComparison.Ordinal)), Timeout);
    }

    [Fact]
    public async Task A_forwarded_channel_post_names_the_channel_with_a_link_to_the_post()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(304, "Alice");
        var channel = FakeChat.Channel(9001, "Al Mustaqilla News", "almustaqilla");

        telegram.Updates.EnqueueForward(alice, Fixture.Read("seed-000.txt"), FakeForwardOrigin.Channel(channel, 4242));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        var first = telegram.State.Messages(alice.Id).OrderBy(m => m.MessageId).First();
        Assert.Contains("Al Mustaqilla News", first.Text, StringComparison.Ordinal);
        Assert.Contains("https://t.me/almustaqilla/4242", first.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forwarded_teaser_is_replaced_by_the_article_it_links_to_still_credited_to_the_channel()
    {
        await using var site = await PageServer.StartAsync(Fixture.Read("seed-002.txt"));
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, AllowPort(site));
        var alice = FakeUser.Create(305, "Alice");
        var channel = FakeChat.Channel(9002, "RT Arabic channel", "rtarabic");

        var teaser = $"بلينكن في سيول: التفاصيل {site.BaseUrl}/news/seoul";
        telegram.Updates.EnqueueForward(alice, teaser, FakeForwardOrigin.Channel(channel, 77));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        var reply = string.Join('\n', telegram.State.Messages(alice.Id).Select(m => m.RawText));
        Assert.Contains("RT Arabic channel", reply, StringComparison.Ordinal);
        Assert.Contains("https://t.me/rtarabic/77", reply, StringComparison.Ordinal);
        Assert.Contains("بلينكن", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_txt_document_is_summarized_and_an_unsupported_file_gets_a_clear_reply()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(306, "Alice");

        telegram.Updates.EnqueueDocument(alice, Encoding.UTF8.GetBytes(Fixture.Read("seed-000.txt")), "article.txt", "text/plain");
        telegram.Updates.EnqueueDocument(alice, [0x50, 0x4B, 0x03, 0x04, 0, 0, 0], "report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0)
            && s.Messages(alice.Id).Any(m => m.Text.Contains(".docx", StringComparison.Ordinal)), Timeout);

        var summary = string.Join('\n', telegram.State.Messages(alice.Id).Select(m => m.Text));
        Assert.DoesNotContain("صواريخنا قادرة", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_command_sets_the_chat_language()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(307, "Alice");

        telegram.Updates.EnqueueText(alice, "/language russian");
        telegram.Updates.EnqueueText(alice, "/language klingon");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count >= 2, Timeout);

        var texts = telegram.State.Messages(alice.Id).OrderBy(m => m.MessageId).Select(m => m.Text).ToList();
        Assert.Contains("Russian", texts[0], StringComparison.Ordinal);
        Assert.Contains("klingon", texts[1], StringComparison.Ordinal);
        var settings = await bot.Service<Gist.Core.Storage.IChatSettingsStore>().GetAsync(alice.Id, CancellationToken.None);
        Assert.Equal("ru", settings.OutputLanguage);
    }
}
