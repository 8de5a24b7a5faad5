namespace Gist.Storage.Tests;

public sealed class ResultCacheTests : IDisposable
{
    private readonly TempStorage _temp = new();
    private readonly OpenStorage _storage;

    public ResultCacheTests()
    {
        _storage = _temp.Open();
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Unknown_key_is_a_miss()
    {
        Assert.Null(await _storage.Results.GetAsync("sha:abc|prompt:v1|model:m|en", CancellationToken.None));
    }

    [Fact]
    public async Task A_value_set_is_read_back_and_replaced_by_a_later_set()
    {
        const string key = "sha:abc|prompt:v1|model:m|en";
        await _storage.Results.SetAsync(key, """{"headline":"first"}""", CancellationToken.None);
        Assert.Equal("""{"headline":"first"}""", await _storage.Results.GetAsync(key, CancellationToken.None));

        await _storage.Results.SetAsync(key, """{"headline":"second"}""", CancellationToken.None);

        Assert.Equal("""{"headline":"second"}""", await _storage.Results.GetAsync(key, CancellationToken.None));
        Assert.Equal(1, RawSqlite.Count(_temp.FilePath, "SELECT COUNT(*) FROM results"));
    }

    [Fact]
    public async Task Values_survive_a_restart_and_keep_non_latin_text()
    {
        const string value = "قال بلينكن 🇰🇷 \"quoted\" <b>&amp;</b>";
        await _storage.Results.SetAsync("k", value, CancellationToken.None);
        _storage.Dispose();

        using OpenStorage reopened = _temp.Open();

        Assert.Equal(value, await reopened.Results.GetAsync("k", CancellationToken.None));
    }
}
