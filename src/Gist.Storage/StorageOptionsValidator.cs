using Gist.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace Gist.Storage;

/// <summary>
/// Checks what data annotations cannot: the SQLite path must be a file, not a folder or an in-memory database; the
/// PostgreSQL connection string must parse and name a host and a database.
/// </summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (options.UsesPostgres())
        {
            return ValidatePostgres(options);
        }

        if (!string.Equals(options.Provider?.Trim(), StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"Storage__Provider '{options.Provider}' is not known; use sqlite (default) or postgres.");
        }

        return ValidateSqlite(options);
    }

    private static ValidateOptionsResult ValidatePostgres(StorageOptions options) =>
        PostgresConnectionString.Check(options.ConnectionString) is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;

    private static ValidateOptionsResult ValidateSqlite(StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Fail("Storage__Path must name the SQLite database file (default data/gist.db).");
        }

        // Each pooled connection to ":memory:" would see its own empty database, and "mode=memory" the same.
        if (options.Path.Trim().StartsWith(':') || options.Path.Contains("mode=memory", StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"Storage__Path '{options.Path}' is an in-memory database; it must be a file path.");
        }

        if (options.Path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0)
        {
            return ValidateOptionsResult.Fail($"Storage__Path '{options.Path}' contains characters that are not valid in a path.");
        }

        string fullPath = options.GetFullPath();
        if (Directory.Exists(fullPath))
        {
            return ValidateOptionsResult.Fail($"Storage__Path '{options.Path}' is a folder; it must name a file inside one, such as data/gist.db.");
        }

        return ValidateOptionsResult.Success;
    }
}
