namespace Gist.Storage.Tests;

public sealed class ResultCacheTests : IDisposable
{
    private readonly TempStorage temp = new();
    private readonly OpenStorage storage;

    public ResultCacheTests()
    {
        storage = temp.Open();
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Unknown_key_is_a_miss()
    {
        Assert.Null(await storage.Results.GetAsync("sha:abc|prompt:v1|model:m|en", CancellationToken.None));
    }

    [Fact]
    public async Task A_value_set_is_read_back_and_replaced_by_a_later_set()
    {
        const string key = "sha:abc|prompt:v1|model:m|en";
        await storage.Results.SetAsync(key, """{"headline":"first"}""", CancellationToken.None);
        Assert.Equal("""{"headline":"first"}""", await storage.Results.GetAsync(key, CancellationToken.None));

        await storage.Results.SetAsync(key, """{"headline":"second"}""", CancellationToken.None);

        Assert.Equal("""{"headline":"second"}""", await storage.Results.GetAsync(key, CancellationToken.None));
        Assert.Equal(1, RawSqlite.Count(temp.FilePath, "SELECT COUNT(*) FROM results"));
    }

    [Fact]
    public async Task Values_survive_a_restart_and_keep_non_latin_text()
    {
        const string value = "قال بلينكن 🇰🇷 \"quoted\" <b>&amp;</b>";
        await storage.Results.SetAsync("k", value, CancellationToken.None);
        storage.Dispose();

        using OpenStorage reopened = temp.Open();

        Assert.Equal(value, await reopened.Results.GetAsync("k", CancellationToken.None));
    }
}
