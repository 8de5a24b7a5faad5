using System.ComponentModel.DataAnnotations;

namespace Gist.Storage;

/// <summary>The "Storage" configuration section (environment: <c>Storage__Provider</c>, <c>Storage__Path</c>, <c>Storage__ConnectionString</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The value of <see cref="Provider"/> for one SQLite file on one machine (the default).</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The value of <see cref="Provider"/> for a PostgreSQL server shared by several instances.</summary>
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (default: one file, one machine) or <c>postgres</c> (several instances on one server).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Whether <see cref="Provider"/> names PostgreSQL (in any letter case).</summary>
    public bool UsesPostgres() => string.Equals(Provider?.Trim(), Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The SQLite file. A relative path is resolved against the current directory; its folder is created.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage__Path must name the SQLite database file (default data/gist.db).")]
    public string Path { get; set; } = "data/gist.db";

    /// <summary>
    /// The PostgreSQL server in Npgsql's format (<c>Host=…;Port=…;Username=…;Password=…;Database=…</c>); required
    /// when <see cref="Provider"/> is <c>postgres</c>. Its password is never logged or printed.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// PostgreSQL only: how long an instance's claim on an update lasts without renewal. A live instance renews its
    /// claims every third of it; when an instance dies, its updates go to another once this much time has passed.
    /// </summary>
    [Range(1, 3600, ErrorMessage = "Storage__LeaseSeconds must be between 1 and 3600.")]
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>The absolute path of the database file (a method: validation reads every property, even of a bad path).</summary>
    public string GetFullPath() => System.IO.Path.GetFullPath(Path);
}
