namespace Gist.Core.Storage;

/// <summary>The database behind the stores: created or migrated to the schema this build knows, once, at start.</summary>
public interface IStorageSchema
{
    /// <summary>Creates or migrates the schema. Safe to call any number of times, and from several processes at once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);
}
