namespace Gist.Storage;

/// <summary>The database engine behind every store (<c>Storage__Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file (<c>Storage__Path</c>): the default, for one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (<c>Storage__ConnectionString</c>), shared by several instances of the bot.</summary>
    Postgres,
}
