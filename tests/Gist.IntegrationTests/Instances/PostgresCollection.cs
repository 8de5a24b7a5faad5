using Gist.Testing.Postgres;

namespace Gist.IntegrationTests.Instances;

/// <summary>The multi-instance tests share one throw-away PostgreSQL cluster per run; each test makes its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL cluster";
}
