using Gist.Testing.BotApi;
using Telegram.Bot;

namespace Gist.Testing.Tests.BotApi;

/// <summary>Starts a fake Bot API per test and a real Telegram.Bot client pointed at it.</summary>
public abstract class BotApiFixture : IAsyncLifetime
{
    protected FakeBotApiServer Server { get; private set; } = null!;

    protected TelegramBotClient Bot { get; private set; } = null!;

    protected static FakeUser Alice { get; } = FakeUser.Create(111_222_333, "Alice", "alice_reads");

    protected virtual FakeBotApiOptions Options => new();

    public async Task InitializeAsync()
    {
        Server = await FakeBotApiServer.StartAsync(Options);
        Bot = CreateClient(Server.Token);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A client that does not retry 429s itself (RetryThreshold 0), so tests see them.</summary>
    protected TelegramBotClient CreateClient(string token, HttpClient? http = null) =>
        new(new TelegramBotClientOptions(token, Server.BaseUrl) { RetryThreshold = 0, RetryCount = 0 }, http);
}
