using System.Globalization;
using System.Text.Json;
using Gist.Core.Storage;
using Gist.Digests.Building;

namespace Gist.Digests.Archive;

/// <summary>Keeps each digest a chat was sent as its <see cref="DigestView"/>, for the Mini App.</summary>
public sealed class DigestArchive(ISnapshotStore snapshots)
{
    public Task SaveAsync(Digest digest, DateOnly localDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var view = DigestViews.From(digest, localDate);
        return snapshots.SaveAsync(digest.ChatId, SnapshotKinds.Digest, view.Date, JsonSerializer.Serialize(view, DigestViews.Json), cancellationToken);
    }

    public async Task<DigestView?> GetAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken)
    {
        var key = localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return await snapshots.GetAsync(chatId, SnapshotKinds.Digest, key, cancellationToken) is { } snapshot
            ? JsonSerializer.Deserialize<DigestView>(snapshot.Json, DigestViews.Json)
            : null;
    }

    /// <summary>The chat's latest digests, newest first.</summary>
    public async Task<IReadOnlyList<DigestView>> ListAsync(long chatId, int max, CancellationToken cancellationToken)
    {
        var list = await snapshots.ListAsync(chatId, SnapshotKinds.Digest, max, cancellationToken);
        return list.Select(s => JsonSerializer.Deserialize<DigestView>(s.Json, DigestViews.Json)).OfType<DigestView>()
            .OrderByDescending(d => d.Date, StringComparer.Ordinal).ToList();
    }
}
