using Gist.Core.Storage;

namespace Gist.Storage.Tests;

public sealed class ChatSettingsStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempStorage temp = new();
    private readonly OpenStorage storage;

    public ChatSettingsStoreTests()
    {
        storage = temp.Open();
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_chat_never_seen_gets_english()
    {
        Assert.Equal(new ChatSettings(77, "en"), await storage.ChatSettings.GetAsync(77, None));
    }

    [Fact]
    public async Task Saved_settings_are_read_back_and_replaced_by_a_later_save()
    {
        await storage.ChatSettings.SaveAsync(new ChatSettings(77, "fr"), None);
        Assert.Equal(new ChatSettings(77, "fr"), await storage.ChatSettings.GetAsync(77, None));

        await storage.ChatSettings.SaveAsync(new ChatSettings(77, "de"), None);

        Assert.Equal(new ChatSettings(77, "de"), await storage.ChatSettings.GetAsync(77, None));
        Assert.Equal(new ChatSettings(78, "en"), await storage.ChatSettings.GetAsync(78, None));
    }

    [Fact]
    public async Task A_blank_language_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => storage.ChatSettings.SaveAsync(new ChatSettings(77, " "), None));
    }
}
