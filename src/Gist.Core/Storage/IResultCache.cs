namespace Gist.Core.Storage;

/// <summary>
/// Model results by key (content hash + prompt version + model + language), so the same article
/// sent by many users costs one model call.
/// </summary>
public interface IResultCache
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    Task SetAsync(string key, string value, CancellationToken cancellationToken);
}
