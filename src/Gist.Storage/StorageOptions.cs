using System.ComponentModel.DataAnnotations;

namespace Gist.Storage;

/// <summary>The "Storage" configuration section (environment: <c>Storage__Path</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// The SQLite file. A relative path is resolved against the current directory; its folder is created.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage__Path must name the SQLite database file (default data/gist.db).")]
    public string Path { get; set; } = "data/gist.db";

    /// <summary>The absolute path of the database file (a method: validation reads every property, even of a bad path).</summary>
    public string GetFullPath() => System.IO.Path.GetFullPath(Path);
}
