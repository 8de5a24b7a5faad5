namespace Gist.Storage;

/// <summary>
/// The database file cannot be opened or used (not a database, unreadable, schema newer than this build).
/// The message names the file and the <c>Storage__Path</c> setting so an operator knows what to fix.
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
