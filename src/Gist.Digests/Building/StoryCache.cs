using System.Collections.Concurrent;
using Gist.Digests.Stories;

namespace Gist.Digests.Building;

/// <summary>
/// Stories by the exact set of items they were built from: subscribers who follow the same feeds get the same item
/// set and share one clustering and one set of story calls. Bounded: cleared when it grows past its capacity.
/// </summary>
public sealed class StoryCache
{
    private const int Capacity = 512;
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<Story>>>> entries = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<Story>> GetOrBuildAsync(IReadOnlyList<StoryItem> items, Func<Task<IReadOnlyList<Story>>> build)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(build);
        // The content hash is part of the key: an edited channel post is the same item with new words.
        var key = string.Join(',', items.Select(i => i.Item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + i.Item.ContentHash).Order(StringComparer.Ordinal));
        if (entries.Count > Capacity)
        {
            entries.Clear();
        }

        var lazy = entries.GetOrAdd(key, _ => new Lazy<Task<IReadOnlyList<Story>>>(build));
        var task = lazy.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            entries.TryRemove(key, out _);
        }

        return task;
    }
}
