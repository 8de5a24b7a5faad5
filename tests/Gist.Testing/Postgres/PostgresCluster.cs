using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Collections.Concurrent;
using Npgsql;
using Xunit;

namespace Gist.Testing.Postgres;

/// <summary>
/// A throw-away PostgreSQL cluster for one test run: initdb in a temporary folder, started with pg_ctl on a free port
/// (durability off unless <see cref="Durable"/>: nothing here must survive the run), stopped and deleted at the end. Each test makes its own
/// database, empty or copied from a template database its project prepares once (the migrated schema, say).
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private const string User = "gist";
    private readonly ConcurrentDictionary<string, Lazy<Task>> templates = new(StringComparer.Ordinal);
    private string? folder;
    private int port;
    private int databases;

    /// <summary>How long initdb and the start took (reported by a test).</summary>
    public TimeSpan StartTime { get; private set; }

    public bool IsRunning { get; private set; }

    /// <summary>Commits flushed to disk as on a real server (fsync, synchronous commit, full page writes): for
    /// benchmarks, whose figures must hold for a deployment. Tests keep it off, for speed.</summary>
    public bool Durable { get; init; }

    public async Task InitializeAsync()
    {
        if (PostgresServer.MissingReason is { } reason)
        {
            // Outside CI the tests report themselves skipped with this reason (StoreFactDiscoverer); in CI it fails the run.
            if (PostgresServer.IsCi)
            {
                throw new InvalidOperationException(reason);
            }

            return;
        }

        var clock = Stopwatch.StartNew();
        folder = Path.Combine(Path.GetTempPath(), "gist-postgres-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (PostgresServer.RunsAsRoot)
        {
            await RunAsync("chown", "postgres:postgres", folder);
        }

        port = FreePort();
        await RunServerProgramAsync("initdb", "-D", folder, "-U", User, "--auth=trust", "--no-sync", "--no-instructions", "-E", "UTF8", "--locale=C");
        await StartAsync();
        StartTime = clock.Elapsed;
    }

    /// <summary>Stops the server at once, as a crash or a failover would (clients see their connections refused).</summary>
    public async Task StopAsync()
    {
        await RunServerProgramAsync("pg_ctl", "-D", Folder, "-m", "immediate", "-w", "stop");
        IsRunning = false;
    }

    /// <summary>Starts the server again on the same port and data folder (after <see cref="StopAsync"/>).</summary>
    public async Task StartAsync()
    {
        string durability = Durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        await RunServerProgramAsync("pg_ctl", "-D", Folder, "-l", Path.Combine(Folder, "server.log"), "-w", "-o",
            $"-p {port} -k {Folder} -c listen_addresses=127.0.0.1{durability} -c max_connections=300",
            "start");
        IsRunning = true;
    }

    private string Folder => folder ?? throw new InvalidOperationException("The PostgreSQL cluster was not created.");

    /// <summary>A connection string to a database on this cluster.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = User, Database = database }.ToString();

    /// <summary>
    /// A new database: empty, or a copy of <paramref name="template"/>, which is made once per run by
    /// <paramref name="prepareTemplate"/> (given its connection string; it must close its connections).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string? template = null, Func<string, Task>? prepareTemplate = null)
    {
        if (template is not null)
        {
            await templates.GetOrAdd(template, name => new Lazy<Task>(() => CreateTemplateAsync(name, prepareTemplate))).Value;
        }

        string name = $"test_{Interlocked.Increment(ref databases)}_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {template ?? "template0"};");
        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (folder is null)
        {
            return;
        }

        if (IsRunning)
        {
            await RunServerProgramAsync("pg_ctl", "-D", folder, "-m", "immediate", "-w", "stop");
        }

        Directory.Delete(folder, recursive: true);
    }

    private async Task CreateTemplateAsync(string name, Func<string, Task>? prepare)
    {
        await ExecuteAsync($"CREATE DATABASE {name};");
        if (prepare is not null)
        {
            await prepare(ConnectionString(name));
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunServerProgramAsync(string program, params string[] arguments)
    {
        string path = Path.Combine(PostgresServer.BinFolder!, program);
        return PostgresServer.RunsAsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }
}
