using Npgsql;

namespace Gist.Storage.Postgres;

/// <summary>Reads <c>Storage__ConnectionString</c> and describes it without its password.</summary>
public static class PostgresConnectionString
{
    /// <summary>What is wrong with the connection string, naming the setting (never echoing it), or null when usable.</summary>
    public static string? Check(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return "Storage__ConnectionString is required when Storage__Provider is postgres " +
                "(Npgsql format: Host=…;Port=5432;Username=…;Password=…;Database=…).";
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            // The parser's message names the bad keyword, not its value, so it cannot leak the password.
            return $"Storage__ConnectionString is not in Npgsql's format (Host=…;Username=…;Password=…;Database=…): {exception.Message}";
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            return "Storage__ConnectionString names no Host.";
        }

        return string.IsNullOrWhiteSpace(builder.Database) ? "Storage__ConnectionString names no Database." : null;
    }

    /// <summary>Host, port, database and user, for messages and logs: the password is left out.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"Host={builder.Host};Port={builder.Port};Database={builder.Database};Username={builder.Username}";
    }
}
