namespace Gist.Core.Storage;

/// <summary>Per-user daily model-call limits set by admins (/quota), overriding the configured default.</summary>
public interface IUserQuotaStore
{
    /// <summary>The user's own limit, or null when the default applies.</summary>
    Task<int?> GetAsync(long userId, CancellationToken cancellationToken);

    Task SetAsync(long userId, int dailyModelCalls, CancellationToken cancellationToken);

    /// <summary>Back to the default limit.</summary>
    Task ClearAsync(long userId, CancellationToken cancellationToken);
}
