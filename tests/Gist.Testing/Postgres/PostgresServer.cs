namespace Gist.Testing.Postgres;

/// <summary>
/// Where PostgreSQL's server programs are on this machine, and why tests needing them cannot run when they are not.
/// Under CI=true a missing server is a failure, never a skip: CI installs Debian's postgresql package (.ci/run).
/// </summary>
public static class PostgresServer
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The newest /usr/lib/postgresql/N/bin holding initdb and pg_ctl, or null.</summary>
    public static string? BinFolder { get; } = FindBinFolder();

    /// <summary>initdb refuses to run as root: as root the cluster is made and run by the postgres user.</summary>
    public static bool RunsAsRoot { get; } = Environment.UserName == "root";

    /// <summary>Why a PostgreSQL test cannot run here, or null when it can.</summary>
    public static string? MissingReason { get; } = FindMissingReason();

    private static string? FindBinFolder()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(folder => (Folder: Path.Combine(folder, "bin"), Version: int.TryParse(Path.GetFileName(folder), out int v) ? v : 0))
            .Where(c => File.Exists(Path.Combine(c.Folder, "initdb")) && File.Exists(Path.Combine(c.Folder, "pg_ctl")))
            .OrderByDescending(c => c.Version)
            .Select(c => c.Folder)
            .FirstOrDefault();
    }

    private static string? FindMissingReason()
    {
        if (BinFolder is null)
        {
            return "Needs PostgreSQL's server programs (/usr/lib/postgresql/<version>/bin/initdb and pg_ctl); " +
                "Debian: apt-get install postgresql. .ci/run installs it.";
        }

        if (RunsAsRoot && !File.ReadLines("/etc/passwd").Any(line => line.StartsWith("postgres:", StringComparison.Ordinal)))
        {
            return "Running as root, and initdb refuses root: needs the postgres user (Debian's postgresql package creates it).";
        }

        return null;
    }
}
