namespace Gist.IntegrationTests.Support;

/// <summary>A temporary folder for a test's SQLite file, deleted (with the pooled connections to it closed) after the test.</summary>
public sealed class TempDataFolder(string prefix) : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A host still closing may hold the file a moment longer; the temp folder is left to the OS then.
        }
    }
}
