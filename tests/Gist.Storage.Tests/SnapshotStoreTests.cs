using Gist.Core.Storage;
using Gist.Storage.Snapshots;

namespace Gist.Storage.Tests;

/// <summary>The views kept for the Mini App: replaced by key, listed newest first, and never shown to another chat.</summary>
public sealed class SnapshotStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempStorage temp = new();
    private readonly SqliteSnapshotStore store;

    public SnapshotStoreTests()
    {
        store = new SqliteSnapshotStore(temp.Open().Database, temp.Time);
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_view_is_replaced_by_the_same_key_and_read_back()
    {
        await store.SaveAsync(7, SnapshotKinds.Digest, "2024-03-01", "{\"v\":1}", None);
        temp.Time.Advance(TimeSpan.FromMinutes(1));
        await store.SaveAsync(7, SnapshotKinds.Digest, "2024-03-01", "{\"v\":2}", None);

        var snapshot = await store.GetAsync(7, SnapshotKinds.Digest, "2024-03-01", None);

        Assert.Equal("{\"v\":2}", snapshot!.Json);
        Assert.Equal(temp.Time.GetUtcNow(), snapshot.UpdatedAt);
        Assert.Single(await store.ListAsync(7, SnapshotKinds.Digest, 10, None));
    }

    [Fact]
    public async Task Views_are_listed_newest_first_per_chat_and_kind()
    {
        await store.SaveAsync(7, SnapshotKinds.Digest, "2024-03-01", "{}", None);
        temp.Time.Advance(TimeSpan.FromDays(1));
        await store.SaveAsync(7, SnapshotKinds.Digest, "2024-03-02", "{}", None);
        await store.SaveAsync(7, SnapshotKinds.Article, "15", "{}", None);
        await store.SaveAsync(8, SnapshotKinds.Digest, "2024-03-03", "{}", None);

        var list = await store.ListAsync(7, SnapshotKinds.Digest, 10, None);

        Assert.Equal(["2024-03-02", "2024-03-01"], list.Select(s => s.Key));
        Assert.Single(await store.ListAsync(7, SnapshotKinds.Digest, 1, None));
    }

    [Fact]
    public async Task Another_chat_gets_nothing()
    {
        await store.SaveAsync(7, SnapshotKinds.Article, "15", "{\"secret\":true}", None);

        Assert.Null(await store.GetAsync(8, SnapshotKinds.Article, "15", None));
        Assert.Empty(await store.ListAsync(8, SnapshotKinds.Article, 10, None));
    }
}
