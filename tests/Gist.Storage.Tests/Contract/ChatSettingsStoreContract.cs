using Gist.Core.Storage;

namespace Gist.Storage.Tests.Contract;

public abstract class ChatSettingsStoreContract : StoreContract
{
    [StoreFact]
    public async Task A_chat_never_seen_gets_english()
    {
        Assert.Equal(new ChatSettings(77, "en"), await Stores.ChatSettings.GetAsync(77, None));
    }

    [StoreFact]
    public async Task Saved_settings_are_read_back_and_replaced_by_a_later_save()
    {
        await Stores.ChatSettings.SaveAsync(new ChatSettings(77, "fr"), None);
        Assert.Equal(new ChatSettings(77, "fr"), await Stores.ChatSettings.GetAsync(77, None));

        await Stores.ChatSettings.SaveAsync(new ChatSettings(77, "de"), None);

        Assert.Equal(new ChatSettings(77, "de"), await Stores.ChatSettings.GetAsync(77, None));
        Assert.Equal(new ChatSettings(78, "en"), await Stores.ChatSettings.GetAsync(78, None));
    }

    [StoreFact]
    public async Task A_blank_language_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Stores.ChatSettings.SaveAsync(new ChatSettings(77, " "), None));
    }
}
