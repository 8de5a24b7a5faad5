namespace Gist.Core.Storage;

/// <summary>
/// The database cannot be opened or used: a SQLite file that is not a database or cannot be read, a PostgreSQL
/// server that cannot be reached, refuses the login or dropped the connection (a restart, a failover), a schema
/// newer than this build. Callers that outlive an outage catch it and try again later. The message names the setting
/// (<c>Storage__Path</c> or <c>Storage__ConnectionString</c>, never its password) so an operator knows what to fix.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageUnavailableException()
    {
    }
}
