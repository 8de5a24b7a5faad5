using Gist.Core.Storage;

namespace Gist.Storage.Tests;

public sealed class DatabaseTests : IDisposable
{
    private readonly TempStorage temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Empty_file_gets_every_table_and_the_latest_schema_version()
    {
        using OpenStorage storage = temp.Open();
        await storage.Database.InitializeAsync();

        foreach (string table in new[] { "inbox", "inbox_watermark", "results", "articles", "message_articles", "chat_settings", "usage" })
        {
            Assert.Equal(1, RawSqlite.Count(temp.FilePath, $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"));
        }

        Assert.Equal(Migrations.SchemaMigrations.All[^1].Version, RawSqlite.Count(temp.FilePath, "SELECT MAX(version) FROM schema_migrations"));
    }

    [Fact]
    public async Task Reopening_keeps_data_and_applies_no_step_twice()
    {
        using (OpenStorage first = temp.Open())
        {
            await first.Database.InitializeAsync();
            await first.Database.InitializeAsync();
            await first.Results.SetAsync("k", "v", CancellationToken.None);
        }

        using OpenStorage second = temp.Open();
        await second.Database.InitializeAsync();

        Assert.Equal("v", await second.Results.GetAsync("k", CancellationToken.None));
        Assert.Equal(Migrations.SchemaMigrations.All.Count, RawSqlite.Count(temp.FilePath, "SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Stores_migrate_on_first_use_without_an_explicit_initialize()
    {
        using OpenStorage storage = temp.Open();

        InboxCounts counts = await storage.Inbox.CountAsync(CancellationToken.None);

        Assert.Equal(new InboxCounts(0, 0, 0, 0), counts);
    }

    [Fact]
    public async Task Journal_mode_is_wal()
    {
        using OpenStorage storage = temp.Open();
        await storage.Database.InitializeAsync();

        Assert.Equal("wal", RawSqlite.Scalar(temp.FilePath, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Missing_folders_of_the_path_are_created()
    {
        string nested = Path.Combine(temp.Folder, "a", "b", "bot.db");
        using OpenStorage storage = temp.Open(nested);

        await storage.Database.InitializeAsync();

        Assert.True(File.Exists(nested));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_names_the_path_and_the_Storage__Path_setting()
    {
        await File.WriteAllTextAsync(temp.FilePath, new string('x', 8192));
        using OpenStorage storage = temp.Open();

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Database.InitializeAsync());

        Assert.Contains("Storage__Path", error.Message, StringComparison.Ordinal);
        Assert.Contains(temp.FilePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a database", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.Results.GetAsync("k", CancellationToken.None));
    }

    [Fact]
    public async Task A_schema_newer_than_this_build_is_refused_with_a_clear_message()
    {
        using (OpenStorage first = temp.Open())
        {
            await first.Database.InitializeAsync();
        }

        RawSqlite.Scalar(temp.FilePath, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01T00:00:00.000Z')");
        using OpenStorage second = temp.Open();

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => second.Database.InitializeAsync());

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage__Path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_processes_starting_together_apply_the_schema_once()
    {
        using OpenStorage first = temp.Open();
        using OpenStorage second = temp.Open();

        await Task.WhenAll(
            Task.Run(() => first.Database.InitializeAsync()),
            Task.Run(() => second.Database.InitializeAsync()));

        Assert.Equal(Migrations.SchemaMigrations.All.Count, RawSqlite.Count(temp.FilePath, "SELECT COUNT(*) FROM schema_migrations"));
    }
}
