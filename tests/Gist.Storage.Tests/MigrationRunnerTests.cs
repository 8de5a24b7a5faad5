using Gist.Storage.Migrations;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gist.Storage.Tests;

public sealed class MigrationRunnerTests : IDisposable
{
    private static readonly Migration Feeds = new(2, "feeds", "CREATE TABLE feeds (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE);");
    private readonly TempStorage temp = new();

    public void Dispose() => temp.Dispose();

    private int Apply(params Migration[] migrations)
    {
        using SqliteSession session = new SqliteSessionFactory(temp.FilePath, NullLogger.Instance).Open();
        return MigrationRunner.Apply(session, migrations, temp.FilePath, NullLogger.Instance);
    }

    private long TableCount(string name) =>
        RawSqlite.Count(temp.FilePath, $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{name}'");

    [Fact]
    public void A_step_added_by_a_later_build_upgrades_an_existing_database_in_place()
    {
        Assert.Equal(1, Apply(InitialSchema.Migration));
        RawSqlite.Scalar(temp.FilePath, "INSERT INTO results (key, value, created_at) VALUES ('k', 'v', 'now')");

        Assert.Equal(2, Apply(InitialSchema.Migration, Feeds));

        Assert.Equal(1, TableCount("feeds"));
        Assert.Equal("v", RawSqlite.Scalar(temp.FilePath, "SELECT value FROM results WHERE key = 'k'"));
        Assert.Equal(2, RawSqlite.Count(temp.FilePath, "SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public void A_failing_step_leaves_no_trace_and_the_earlier_steps_stay()
    {
        var broken = new Migration(2, "broken", "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);");

        Assert.Throws<SqliteException>(() => Apply(InitialSchema.Migration, broken));

        Assert.Equal(0, TableCount("half_done"));
        Assert.Equal(1, RawSqlite.Count(temp.FilePath, "SELECT MAX(version) FROM schema_migrations"));
        Assert.Equal(2, Apply(InitialSchema.Migration, Feeds));
    }

    [Fact]
    public void Steps_out_of_order_are_a_programming_error()
    {
        Assert.Throws<InvalidOperationException>(() => Apply(Feeds, InitialSchema.Migration));
        Assert.Throws<InvalidOperationException>(() => Apply(InitialSchema.Migration, InitialSchema.Migration));
    }

    [Fact]
    public void The_shipped_steps_are_in_order_and_start_at_1()
    {
        Assert.Equal(1, SchemaMigrations.All[0].Version);
        Assert.Equal(SchemaMigrations.All.Select(m => m.Version).Order(), SchemaMigrations.All.Select(m => m.Version));
    }
}
