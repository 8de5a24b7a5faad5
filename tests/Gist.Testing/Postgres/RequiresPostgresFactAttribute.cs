using Xunit;

namespace Gist.Testing.Postgres;

/// <summary>
/// A test that needs a real PostgreSQL server (started by <see cref="PostgresCluster"/>). Where the server programs
/// are missing it is reported as skipped with the reason and the Debian package; under CI=true it is not skipped: it
/// runs and fails, because CI must install what the tests need (.ci/run does).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresPostgresFactAttribute : FactAttribute
{
    public RequiresPostgresFactAttribute()
    {
        if (PostgresServer.MissingReason is { } reason && !PostgresServer.IsCi)
        {
            Skip = reason;
        }
    }
}
