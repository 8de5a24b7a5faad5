using Gist.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Gist.Summarization;

/// <summary>
/// The result cache with its cross-instance lock: a result missing from the cache is computed by one caller at a
/// time across every process sharing the database (cache → lock → cache again → compute → store), so the same new
/// article, translation or digest story requested on several instances at once costs one model call. The wait for
/// another holder is bounded: a stuck holder costs one more call, never a hang.
/// </summary>
public sealed class SharedResultCache(IResultCache cache, IResultLock resultLock, ILogger logger)
{
    /// <summary>The cached result read through <paramref name="read"/> (null: unusable, computed again), else the
    /// result of <paramref name="compute"/>, whose <see cref="ComputedResult{T}.Stored"/> text (when not null) is cached.</summary>
    public async Task<T> GetOrComputeAsync<T>(
        string key,
        TimeSpan patience,
        Func<string, T?> read,
        Func<CancellationToken, Task<ComputedResult<T>>> compute,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(compute);
        if (await ReadAsync(key, read, cancellationToken) is { } hit)
        {
            return hit;
        }

        await using IAsyncDisposable? held = await resultLock.TryAcquireAsync(key, patience, cancellationToken);
        if (held is null)
        {
            logger.LogWarning("Waited {Patience} for another instance computing {Kind}; computing it without the lock", patience, KindOf(key));
        }
        else if (await ReadAsync(key, read, cancellationToken) is { } stored)
        {
            return stored;
        }

        var computed = await compute(cancellationToken);
        if (computed.Stored is { } text)
        {
            await cache.SetAsync(key, text, cancellationToken);
        }

        return computed.Value;
    }

    private async Task<T?> ReadAsync<T>(string key, Func<string, T?> read, CancellationToken cancellationToken) where T : class =>
        await cache.GetAsync(key, cancellationToken) is { } cached ? read(cached) : null;

    /// <summary>The key's first part ("summary", "translation", "story"): never the content hash in a log line.</summary>
    private static string KindOf(string key) => key.Split(':', 2)[0];
}
