using System.Collections.Concurrent;
using Gist.Core.Storage;

namespace Gist.Telegram.Tests;

/// <summary>Reply progress kept in memory: the database two processes share, for tests of one update resumed by another.</summary>
public sealed class InMemoryReplyProgressStore : IReplyProgressStore
{
    private readonly ConcurrentDictionary<(long Update, int Part), int> parts = new();
    private readonly ConcurrentDictionary<(long Update, int Message), string> shown = new();

    public Task<IReadOnlyDictionary<int, int>> GetAsync(long updateId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<int, int>>(parts.Where(p => p.Key.Update == updateId).ToDictionary(p => p.Key.Part, p => p.Value));

    public Task RecordAsync(long updateId, int part, int messageId, CancellationToken cancellationToken)
    {
        parts[(updateId, part)] = messageId;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<int, string>> GetShownAsync(long updateId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<int, string>>(shown.Where(p => p.Key.Update == updateId).ToDictionary(p => p.Key.Message, p => p.Value));

    public Task RecordShownAsync(long updateId, int messageId, string fingerprint, CancellationToken cancellationToken)
    {
        shown[(updateId, messageId)] = fingerprint;
        return Task.CompletedTask;
    }
}
