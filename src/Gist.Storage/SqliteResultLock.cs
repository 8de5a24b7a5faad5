using System.Collections.Concurrent;
using Gist.Core.Storage;

namespace Gist.Storage;

/// <summary>
/// The result lock on SQLite: one process owns the file, so a lock in memory covers every caller. The pipeline's
/// in-process single-flight already shares calls; this keeps the same contract as PostgreSQL's advisory lock.
/// </summary>
public sealed class SqliteResultLock(SqliteDatabase database) : IResultLock
{
    // Per file and static: two sets of stores opened on one file in one process (as the contract tests do) share them.
    private static readonly ConcurrentDictionary<string, InProcessResultLock> ByFile = new(StringComparer.Ordinal);

    public Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken) =>
        ByFile.GetOrAdd(database.FilePath, _ => new InProcessResultLock()).TryAcquireAsync(key, timeout, cancellationToken);
}
