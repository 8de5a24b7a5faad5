using Gist.Core.Storage;

namespace Gist.Storage.Tests;

public sealed class ChatSettingsStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempStorage _temp = new();
    private readonly OpenStorage _storage;

    public ChatSettingsStoreTests()
    {
        _storage = _temp.Open();
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_chat_never_seen_gets_english()
    {
        Assert.Equal(new ChatSettings(77, "en"), await _storage.ChatSettings.GetAsync(77, None));
    }

    [Fact]
    public async Task Saved_settings_are_read_back_and_replaced_by_a_later_save()
    {
        await _storage.ChatSettings.SaveAsync(new ChatSettings(77, "fr"), None);
        Assert.Equal(new ChatSettings(77, "fr"), await _storage.ChatSettings.GetAsync(77, None));

        await _storage.ChatSettings.SaveAsync(new ChatSettings(77, "de"), None);

        Assert.Equal(new ChatSettings(77, "de"), await _storage.ChatSettings.GetAsync(77, None));
        Assert.Equal(new ChatSettings(78, "en"), await _storage.ChatSettings.GetAsync(78, None));
    }

    [Fact]
    public async Task A_blank_language_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _storage.ChatSettings.SaveAsync(new ChatSettings(77, " "), None));
    }
}
