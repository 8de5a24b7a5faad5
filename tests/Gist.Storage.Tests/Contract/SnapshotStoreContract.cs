using Gist.Core.Storage;

namespace Gist.Storage.Tests.Contract;

/// <summary>The views kept for the Mini App: replaced by key, listed newest first, and never shown to another chat.</summary>
public abstract class SnapshotStoreContract : StoreContract
{
    [StoreFact]
    public async Task A_view_is_replaced_by_the_same_key_and_read_back()
    {
        await Stores.Snapshots.SaveAsync(7, SnapshotKinds.Digest, "2024-03-01", "{\"v\":1}", None);
        Provider.Time.Advance(TimeSpan.FromMinutes(1));
        await Stores.Snapshots.SaveAsync(7, SnapshotKinds.Digest, "2024-03-01", "{\"v\":2}", None);

        var snapshot = await Stores.Snapshots.GetAsync(7, SnapshotKinds.Digest, "2024-03-01", None);

        Assert.Equal("{\"v\":2}", snapshot!.Json);
        Assert.Equal(Provider.Time.GetUtcNow(), snapshot.UpdatedAt);
        Assert.Single(await Stores.Snapshots.ListAsync(7, SnapshotKinds.Digest, 10, None));
    }

    [StoreFact]
    public async Task Views_are_listed_newest_first_per_chat_and_kind()
    {
        await Stores.Snapshots.SaveAsync(7, SnapshotKinds.Digest, "2024-03-01", "{}", None);
        Provider.Time.Advance(TimeSpan.FromDays(1));
        await Stores.Snapshots.SaveAsync(7, SnapshotKinds.Digest, "2024-03-02", "{}", None);
        await Stores.Snapshots.SaveAsync(7, SnapshotKinds.Article, "15", "{}", None);
        await Stores.Snapshots.SaveAsync(8, SnapshotKinds.Digest, "2024-03-03", "{}", None);

        var list = await Stores.Snapshots.ListAsync(7, SnapshotKinds.Digest, 10, None);

        Assert.Equal(["2024-03-02", "2024-03-01"], list.Select(s => s.Key));
        Assert.Single(await Stores.Snapshots.ListAsync(7, SnapshotKinds.Digest, 1, None));
    }

    [StoreFact]
    public async Task Another_chat_gets_nothing()
    {
        await Stores.Snapshots.SaveAsync(7, SnapshotKinds.Article, "15", "{\"secret\":true}", None);

        Assert.Null(await Stores.Snapshots.GetAsync(8, SnapshotKinds.Article, "15", None));
        Assert.Empty(await Stores.Snapshots.ListAsync(8, SnapshotKinds.Article, 10, None));
    }
}
