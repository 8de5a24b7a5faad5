namespace Gist.Storage.Tests.Postgres;

/// <summary>Every PostgreSQL test class shares one cluster per run; each test makes its own database on it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL cluster";
}
