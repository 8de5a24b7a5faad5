using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;
using Microsoft.Extensions.DependencyInjection;
using static Gist.IntegrationTests.Digests.ChannelBot;

namespace Gist.IntegrationTests.Digests;

/// <summary>
/// "Add @channel to my digest" where a reader meets a channel's post: under the summary of a forwarded post (see
/// ChannelDigestTests), under the answer to a reply about it, and under /summarize in reply to a post forwarded
/// into a group; never for a private channel.
/// </summary>
public sealed class ChannelFollowButtonTests
{
    private const string Button = "Add @almustaqilla to my digest";
    private static readonly FakeChat Channel = FakeChat.Channel(9001, "Al Mustaqilla News", "almustaqilla");

    [Fact]
    public async Task The_answer_to_a_question_replying_to_the_summary_of_a_forwarded_post_offers_the_channel_too()
    {
        await using var preview = await ChannelPreviewServer.StartAsync();
        preview.AddChannel("almustaqilla", "Al Mustaqilla News");
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await StartAsync(telegram, preview, feedPort: null);
        var ivan = FakeUser.Create(601, "Ivan");

        telegram.Updates.EnqueueForward(ivan, Fixture.Read("seed-000.txt"), FakeForwardOrigin.Channel(Channel, 4242));
        await telegram.State.WaitForAsync(s => s.Messages(ivan.Id).Any(m => m.ButtonTexts.Contains(Button)), ReplyTimeout);
        var summary = telegram.State.Messages(ivan.Id).First(m => m.ButtonTexts.Contains(Button));
        var before = telegram.State.Messages(ivan.Id).Count;
        telegram.Updates.EnqueueReply(ivan, "Who did Blinken meet in Seoul?", summary.MessageId);
        await telegram.State.WaitForAsync(s => s.Messages(ivan.Id).Skip(before).Any(m => m.ButtonTexts.Contains(Button)), ReplyTimeout);

        var answer = telegram.State.Messages(ivan.Id).Skip(before).First(m => m.ButtonTexts.Contains(Button));
        Assert.NotEqual(summary.MessageId, answer.MessageId);
        telegram.Updates.EnqueueCallbackQuery(ivan, answer.MessageId, answer.InlineButtons.Single(b => b.Text == Button).CallbackData!);
        await telegram.State.WaitForAsync(s => s.Messages(ivan.Id).Any(m => m.Text.Contains("Subscribed to Al Mustaqilla News (@almustaqilla)", StringComparison.Ordinal)), ReplyTimeout);
        Assert.Single(await bot.Services.GetRequiredService<ISubscriptionStore>().ListAsync(ivan.Id, default));
    }

    [Fact]
    public async Task Summarize_in_reply_to_a_channel_post_forwarded_into_a_group_offers_the_channel_to_the_group()
    {
        await using var preview = await ChannelPreviewServer.StartAsync();
        preview.AddChannel("almustaqilla", "Al Mustaqilla News");
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await StartAsync(telegram, preview, feedPort: null);
        var jana = FakeUser.Create(602, "Jana");
        var karim = FakeUser.Create(603, "Karim");
        var group = FakeChat.Group(6001, "News readers");

        telegram.Updates.EnqueueReplyToForward(jana, group, "/summarize@" + telegram.Bot.Username, karim, Fixture.Read("seed-000.txt"), FakeForwardOrigin.Channel(Channel, 4242));
        await telegram.State.WaitForAsync(s => s.Messages(group.Id).Any(m => m.ButtonTexts.Contains(Button)), ReplyTimeout);

        var answer = telegram.State.Messages(group.Id).First(m => m.ButtonTexts.Contains(Button));
        Assert.Contains("Al Mustaqilla News", answer.Text, StringComparison.Ordinal);
        telegram.Updates.EnqueueCallbackQuery(jana, answer.MessageId, answer.InlineButtons.Single(b => b.Text == Button).CallbackData!, group);
        await telegram.State.WaitForAsync(s => s.Messages(group.Id).Any(m => m.Text.Contains("Subscribed to Al Mustaqilla News", StringComparison.Ordinal)), ReplyTimeout);
        Assert.Single(await bot.Services.GetRequiredService<ISubscriptionStore>().ListAsync(group.Id, default));
    }

    [Fact]
    public async Task A_post_forwarded_from_a_private_channel_gets_its_summary_and_no_offer()
    {
        await using var preview = await ChannelPreviewServer.StartAsync();
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await StartAsync(telegram, preview, feedPort: null);
        var lina = FakeUser.Create(604, "Lina");

        telegram.Updates.EnqueueForward(lina, Fixture.Read("seed-000.txt"), FakeForwardOrigin.Channel(FakeChat.Channel(9002, "Closed Circle"), 17));
        await telegram.State.WaitForAsync(s => s.Messages(lina.Id).Any(m => m.Text.Contains("Closed Circle", StringComparison.Ordinal) && m.InlineButtons.Count > 0), ReplyTimeout);

        Assert.DoesNotContain(telegram.State.Messages(lina.Id), m => m.ButtonTexts.Any(b => b.StartsWith("Add ", StringComparison.Ordinal)));
    }
}
