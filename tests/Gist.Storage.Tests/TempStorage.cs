using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Gist.Storage.Tests;

/// <summary>A real SQLite file in its own temporary folder, deleted (with its WAL files) on dispose.</summary>
public sealed class TempStorage : IDisposable
{
    private readonly List<OpenStorage> opened = [];

    public TempStorage()
    {
        Folder = Path.Combine(Path.GetTempPath(), "gist-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "gist.db");
    }

    public string Folder { get; }

    public string FilePath { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Opens the file as a new process would: its own database object and stores.</summary>
    public OpenStorage Open(string? path = null)
    {
        var database = new SqliteDatabase(
            Options.Create(new StorageOptions { Path = path ?? FilePath }), NullLogger<SqliteDatabase>.Instance);
        var storage = new OpenStorage(database, Time);
        opened.Add(storage);
        return storage;
    }

    public void Dispose()
    {
        foreach (OpenStorage storage in opened)
        {
            storage.Dispose();
        }

        Directory.Delete(Folder, recursive: true);
    }
}
