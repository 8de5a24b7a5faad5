using Gist.Core.Storage;
using Gist.Rendering;
using Gist.Storage;
using Gist.Storage.Reliability;
using Gist.Summarization.Llm;
using Gist.Telegram.Access;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Gist.Telegram.Tests;

/// <summary>
/// The daily quota's two halves in AccessGate: refused up front only when the day is used up, charged afterwards
/// only when handling the update sent a request to the model. Real SQLite stores in a temporary folder.
/// </summary>
public sealed class AccessGateChargingTests : IDisposable
{
    private const long Alice = 501;
    private const long Admin = 999;
    private static readonly CancellationToken None = CancellationToken.None;

    // Only the handler's type matters to the gate (ModelCost); its services are never used here.
    private static readonly IInputHandler Summary = new PastedTextHandler(null!, null!, null!, null!);
    private static readonly IInputHandler Help = new HelpCommandHandler(null!, null!);

    private readonly string folder = Directory.CreateTempSubdirectory("gist-gate-").FullName;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly SqliteDatabase database;
    private readonly SqliteQuotaChargeStore charges;
    private readonly SqliteUsageStore usage;

    public AccessGateChargingTests()
    {
        database = new SqliteDatabase(Options.Create(new StorageOptions { Path = Path.Combine(folder, "gist.db") }), NullLogger<SqliteDatabase>.Instance);
        charges = new SqliteQuotaChargeStore(database, time);
        usage = new SqliteUsageStore(database);
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public void Dispose()
    {
        database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task An_update_answered_without_a_model_request_is_not_charged()
    {
        var gate = Gate(dailyModelCalls: 2);

        Assert.False(await gate.ChargeAsync(Update(1, Alice), Summary, modelRequests: 0));

        Assert.Equal(0, await usage.GetModelCallsAsync(Alice, Today, None));
    }

    [Fact]
    public async Task An_update_that_called_the_model_is_charged_once_even_when_retried()
    {
        var gate = Gate(dailyModelCalls: 2);

        Assert.True(await gate.ChargeAsync(Update(1, Alice), Summary, modelRequests: 3));
        Assert.False(await gate.ChargeAsync(Update(1, Alice), Summary, modelRequests: 1));

        Assert.Equal(1, await usage.GetModelCallsAsync(Alice, Today, None));
    }

    [Fact]
    public async Task A_user_with_the_day_used_up_is_refused_up_front_with_the_quota_reply()
    {
        var gate = Gate(dailyModelCalls: 2);
        Assert.True((await gate.CheckAsync(Update(1, Alice), Summary, None)).Allowed);
        await gate.ChargeAsync(Update(1, Alice), Summary, 1);
        Assert.True((await gate.CheckAsync(Update(2, Alice), Summary, None)).Allowed);
        await gate.ChargeAsync(Update(2, Alice), Summary, 1);

        var verdict = await gate.CheckAsync(Update(3, Alice), Summary, None);

        Assert.False(verdict.Allowed);
        Assert.Equal(StatusMessages.DailyQuotaReached(2), verdict.ReplyHtml);
        Assert.Equal(2, await usage.GetModelCallsAsync(Alice, Today, None));
    }

    [Fact]
    public async Task The_check_itself_charges_nothing()
    {
        var gate = Gate(dailyModelCalls: 1);

        for (var update = 1; update <= 5; update++)
        {
            Assert.True((await gate.CheckAsync(Update(update, Alice), Summary, None)).Allowed);
        }

        Assert.Equal(0, await usage.GetModelCallsAsync(Alice, Today, None));
    }

    [Fact]
    public async Task A_retry_of_an_update_already_charged_is_let_through_at_the_limit()
    {
        var gate = Gate(dailyModelCalls: 1);
        await gate.ChargeAsync(Update(1, Alice), Summary, 1);

        Assert.True((await gate.CheckAsync(Update(1, Alice), Summary, None)).Allowed);
        Assert.False((await gate.CheckAsync(Update(2, Alice), Summary, None)).Allowed);
    }

    [Fact]
    public async Task Admins_are_never_refused_nor_charged()
    {
        var gate = Gate(dailyModelCalls: 0);

        Assert.True((await gate.CheckAsync(Update(1, Admin), Summary, None)).Allowed);
        Assert.False(await gate.ChargeAsync(Update(1, Admin), Summary, modelRequests: 1));

        Assert.Equal(0, await usage.GetModelCallsAsync(Admin, Today, None));
    }

    [Fact]
    public async Task Handlers_outside_the_model_costing_list_are_neither_checked_nor_charged()
    {
        var gate = Gate(dailyModelCalls: 0);

        Assert.True((await gate.CheckAsync(Update(1, Alice), Help, None)).Allowed);
        Assert.False(await gate.ChargeAsync(Update(1, Alice), Help, modelRequests: 1));
    }

    [Fact]
    public async Task Without_a_model_configured_nothing_is_checked_or_charged()
    {
        var gate = Gate(dailyModelCalls: 0, provider: LlmProviders.Offline);

        Assert.True((await gate.CheckAsync(Update(1, Alice), Summary, None)).Allowed);
        Assert.False(await gate.ChargeAsync(Update(1, Alice), Summary, modelRequests: 1));
    }

    [Fact]
    public async Task A_charge_the_store_cannot_write_is_logged_and_does_not_fail_the_update()
    {
        var broken = new Mock<IQuotaChargeStore>();
        broken.Setup(s => s.ChargeAsync(It.IsAny<long>(), It.IsAny<long>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StorageUnavailableException("disk full"));
        var logger = new Mock<ILogger<AccessGate>>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        var gate = Gate(dailyModelCalls: 2, store: broken.Object, logger: logger.Object);

        Assert.False(await gate.ChargeAsync(Update(1, Alice), Summary, modelRequests: 1));

        logger.Verify(l => l.Log(LogLevel.Error, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(),
            It.IsAny<StorageUnavailableException>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Once);
    }

    private AccessGate Gate(int dailyModelCalls, string provider = LlmProviders.OpenAi, IQuotaChargeStore? store = null, ILogger<AccessGate>? logger = null)
    {
        var access = Options.Create(new AccessOptions { DailyModelCalls = dailyModelCalls, AdminUserIds = [Admin], BurstMessages = 1000, MessagesPerMinute = 10_000 });
        var llm = Options.Create(new LlmOptions { Provider = provider, Model = "gpt-test" });
        return new AccessGate(access, llm, new UserRateLimiter(access, new SqliteUserRateStore(database, time), time), store ?? charges, new SqliteUserQuotaStore(database, time), time,
            logger ?? NullLogger<AccessGate>.Instance);
    }

    private static UpdateContext Update(int updateId, long userId)
    {
        var message = new Message
        {
            Id = updateId,
            Chat = new Chat { Id = userId, Type = ChatType.Private },
            From = new User { Id = userId, FirstName = "User" },
            Text = "An article",
            Date = DateTime.UtcNow,
        };
        return new UpdateContext
        {
            Update = new Update { Id = updateId, Message = message },
            Item = new InboxItem(updateId, userId, "{}", 0, null),
            Settings = new ChatSettings(userId),
            Bot = new BotIdentity(1, "gist_bot"),
        };
    }
}
