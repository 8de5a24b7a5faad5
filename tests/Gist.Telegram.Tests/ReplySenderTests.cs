using Gist.Core.Storage;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Gist.Telegram.Sending.Throttling;
using Moq;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Gist.Telegram.Tests;

/// <summary>ReplySender against a Bot API that answers edits with the errors Telegram really gives.</summary>
public sealed class ReplySenderTests
{
    private const long ChatId = 4242;
    private const int Placeholder = 77;

    [Fact]
    public async Task Message_is_not_modified_on_an_edit_is_success_not_an_error()
    {
        var bot = new Mock<ITelegramBotClient>(MockBehavior.Strict);
        bot.Setup(b => b.SendRequest(It.IsAny<EditMessageTextRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ApiRequestException(
                "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message", 400));
        var sender = Bound(bot.Object);

        var ids = await sender.DeliverAsync(["<b>Summary</b>"], null, CancellationToken.None);

        // The placeholder already held the answer (a restart re-applying the edit): no new message, no exception.
        Assert.Equal([Placeholder], ids);
        bot.Verify(b => b.SendRequest(It.IsAny<EditMessageTextRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task An_update_resumed_by_another_process_skips_the_edits_its_placeholder_already_shows()
    {
        var progress = new InMemoryReplyProgressStore();
        var first = new Mock<ITelegramBotClient>(MockBehavior.Strict);
        first.Setup(b => b.SendRequest(It.IsAny<SendMessageRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SendMessageRequest r, CancellationToken _) => new Message { Id = Placeholder, Chat = new Chat { Id = ChatId }, Text = r.Text, Date = DateTime.UtcNow });
        first.Setup(b => b.SendRequest(It.IsAny<EditMessageTextRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((EditMessageTextRequest r, CancellationToken _) => new Message { Id = r.MessageId, Chat = new Chat { Id = ChatId }, Text = r.Text, Date = DateTime.UtcNow });
        var killed = Bound(first.Object, progress: progress, placeholder: null);
        await killed.ShowStatusAsync("Reading the article…", CancellationToken.None);
        await killed.ShowStatusAsync("Summarizing…", CancellationToken.None);

        // The process dies here; another resumes the update from the start, with the placeholder recorded.
        var edits = new List<string>();
        var second = new Mock<ITelegramBotClient>(MockBehavior.Strict);
        second.Setup(b => b.SendRequest(It.IsAny<EditMessageTextRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((EditMessageTextRequest r, CancellationToken _) =>
            {
                edits.Add(r.Text ?? "");
                return new Message { Id = r.MessageId, Chat = new Chat { Id = ChatId }, Text = r.Text, Date = DateTime.UtcNow };
            });
        var resumed = Bound(second.Object, progress: progress);
        await resumed.ShowStatusAsync("Reading the article…", CancellationToken.None);
        await resumed.ShowStatusAsync("Summarizing…", CancellationToken.None);
        await resumed.ShowStatusAsync("Summarizing…", CancellationToken.None);
        await resumed.DeliverAsync(["<b>Summary</b>"], null, CancellationToken.None);

        // "Reading" differs from what the placeholder shows ("Summarizing"), so it is applied; each repeat is skipped.
        Assert.Equal(["Reading the article…", "Summarizing…", "<b>Summary</b>"], edits);
    }

    [Theory]
    [InlineData(403, "Forbidden: bot was blocked by the user")]
    [InlineData(400, "Bad Request: chat not found")]
    public async Task A_blocked_or_missing_chat_surfaces_as_an_error_the_dispatcher_stops_on(int code, string description)
    {
        var bot = new Mock<ITelegramBotClient>(MockBehavior.Strict);
        bot.Setup(b => b.SendRequest(It.IsAny<EditMessageTextRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ApiRequestException(description, code));
        var sender = Bound(bot.Object);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => sender.DeliverAsync(["x"], null, CancellationToken.None));

        Assert.True(TelegramErrors.IsChatUnreachable(error));
        Assert.False(TelegramErrors.IsTransient(error));
    }

    [Fact]
    public async Task Typing_refreshes_past_the_budget_of_the_second_are_skipped_not_sent()
    {
        var bot = new Mock<ITelegramBotClient>(MockBehavior.Strict);
        bot.Setup(b => b.SendRequest(It.IsAny<SendChatActionRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var budget = new ChatActionBudget(clock, Microsoft.Extensions.Options.Options.Create(new ThrottleOptions { ChatActionsPerSecond = 3 }));
        var sender = Bound(bot.Object, budget);

        for (var i = 0; i < 5; i++)
        {
            await sender.TypingAsync(CancellationToken.None);
        }

        bot.Verify(b => b.SendRequest(It.IsAny<SendChatActionRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(3));

        clock.Advance(TimeSpan.FromSeconds(1));
        await sender.TypingAsync(CancellationToken.None);
        bot.Verify(b => b.SendRequest(It.IsAny<SendChatActionRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(4));
    }

    private static ReplySender Bound(ITelegramBotClient bot, ChatActionBudget? chatActions = null, IReplyProgressStore? progress = null, int? placeholder = Placeholder)
    {
        var throttleOptions = Microsoft.Extensions.Options.Options.Create(new ThrottleOptions());
        var sender = new ReplySender(bot, Mock.Of<IUpdateInbox>(), progress ?? new InMemoryReplyProgressStore(),
            new OutboundThrottle(new FallbackSendSlots(new InProcessSendSlots(TimeProvider.System), TimeProvider.System, throttleOptions, Microsoft.Extensions.Logging.Abstractions.NullLogger<FallbackSendSlots>.Instance), TimeProvider.System),
            chatActions ?? new ChatActionBudget(TimeProvider.System, throttleOptions));
        var message = new Message { Id = 5, Chat = new Chat { Id = ChatId, Type = ChatType.Private }, Text = "hello", Date = DateTime.UtcNow };
        sender.Bind(new UpdateContext
        {
            Update = new Update { Id = 1, Message = message },
            Item = new InboxItem(1, ChatId, "{}", 0, placeholder),
            Settings = new ChatSettings(ChatId),
            Bot = new BotIdentity(1, "gist_bot"),
        });
        return sender;
    }
}
