namespace Gist.Core.Storage;

/// <summary>
/// A lock per result key held across every process that shares the result cache, so the same new article requested
/// on several instances at once costs one model call: the holder checks the cache, calls the model and stores the
/// result; the others wait, then find it in the cache.
/// </summary>
public interface IResultLock
{
    /// <summary>
    /// Waits for the lock on <paramref name="key"/>; the returned handle releases it when disposed. Null when
    /// <paramref name="timeout"/> passed first: a holder that is stuck must not block the others for ever, so the
    /// caller goes on without the lock (at worst paying one more model call).
    /// </summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken);
}
