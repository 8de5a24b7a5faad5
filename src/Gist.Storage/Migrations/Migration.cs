namespace Gist.Storage.Migrations;

/// <summary>One step of the schema. Steps are applied in version order, each in its own transaction, once.</summary>
/// <param name="Version">Positive, strictly increasing; never renumber or edit a step that has shipped.</param>
/// <param name="Name">What the step adds, for the schema_migrations table and the logs.</param>
/// <param name="Sql">Statements separated by semicolons.</param>
internal sealed record Migration(int Version, string Name, string Sql);
