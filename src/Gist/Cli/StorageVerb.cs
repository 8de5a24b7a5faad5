using Gist.Storage;
using Gist.Storage.Copy;
using Gist.Storage.Postgres;

namespace Gist.Cli;

/// <summary>
/// <c>gist storage copy --from sqlite:&lt;path&gt; --to postgres:&lt;connection string&gt;</c>: moves a one-machine
/// deployment to PostgreSQL (every table, ids kept); a second run adds nothing.
/// </summary>
public static class StorageVerb
{
    public const string Usage = "Usage: gist storage copy --from sqlite:<path> --to postgres:<connection string>";

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new CliArguments(args, "--from", "--to");
        if (arguments.Positional is not ["copy"] || arguments.Value("--from") is not { } from || arguments.Value("--to") is not { } to)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        if (!from.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) || from.Length == "sqlite:".Length)
        {
            await Console.Error.WriteLineAsync($"--from must be sqlite:<path of the SQLite file>, such as sqlite:data/gist.db.\n{Usage}");
            return 2;
        }

        if (!to.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync($"--to must be postgres:<Npgsql connection string>, such as \"postgres:Host=db;Database=gist;Username=gist;Password=…\".\n{Usage}");
            return 2;
        }

        string connectionString = to["postgres:".Length..];
        if (PostgresConnectionString.Check(connectionString) is { } problem)
        {
            // The check names the problem, never the connection string itself (it holds the password).
            await Console.Error.WriteLineAsync(problem.Replace("Storage__ConnectionString", "--to", StringComparison.Ordinal));
            return 2;
        }

        IReadOnlyList<TableCopyCount> counts = await new StorageCopy(from["sqlite:".Length..], connectionString, Console.Out).RunAsync(CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine($"{"table",-22} {"read",10} {"added",10}");
        foreach (TableCopyCount count in counts)
        {
            Console.WriteLine($"{count.Table,-22} {count.Read,10} {count.Added,10}");
        }

        Console.WriteLine($"{"total",-22} {counts.Sum(c => c.Read),10} {counts.Sum(c => c.Added),10}");
        return 0;
    }
}
