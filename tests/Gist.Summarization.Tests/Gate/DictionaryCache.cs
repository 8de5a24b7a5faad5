using System.Collections.Concurrent;
using Gist.Core.Storage;

namespace Gist.Summarization.Tests.Gate;

/// <summary>An in-memory <see cref="IResultCache"/>, to see what was stored.</summary>
public sealed class DictionaryCache : IResultCache
{
    public ConcurrentDictionary<string, string> Values { get; } = new();

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(Values.TryGetValue(key, out var value) ? value : null);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        Values[key] = value;
        return Task.CompletedTask;
    }
}
