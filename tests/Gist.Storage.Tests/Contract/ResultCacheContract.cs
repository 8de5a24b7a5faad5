namespace Gist.Storage.Tests.Contract;

public abstract class ResultCacheContract : StoreContract
{
    [StoreFact]
    public async Task Unknown_key_is_a_miss()
    {
        Assert.Null(await Stores.Results.GetAsync("sha:abc|prompt:v1|model:m|en", None));
    }

    [StoreFact]
    public async Task A_value_set_is_read_back_and_replaced_by_a_later_set()
    {
        const string key = "sha:abc|prompt:v1|model:m|en";
        await Stores.Results.SetAsync(key, """{"headline":"first"}""", None);
        Assert.Equal("""{"headline":"first"}""", await Stores.Results.GetAsync(key, None));

        await Stores.Results.SetAsync(key, """{"headline":"second"}""", None);

        Assert.Equal("""{"headline":"second"}""", await Stores.Results.GetAsync(key, None));
        Assert.Equal(1, await Provider.CountAsync("SELECT COUNT(*) FROM results"));
    }

    [StoreFact]
    public async Task Values_survive_a_restart_and_keep_non_latin_text()
    {
        const string value = "قال بلينكن 🇰🇷 \"quoted\" <b>&amp;</b>";
        await Stores.Results.SetAsync("k", value, None);
        Stores.Dispose();

        StoreSet reopened = await Provider.OpenAsync();

        Assert.Equal(value, await reopened.Results.GetAsync("k", None));
    }
}
