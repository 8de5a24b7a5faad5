using Gist.Testing.Postgres;

namespace Gist.Summarization.Tests.Pipeline;

/// <summary>The PostgreSQL test classes of this project share one throw-away cluster per run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL cluster";
}
