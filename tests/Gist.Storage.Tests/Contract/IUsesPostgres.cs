namespace Gist.Storage.Tests.Contract;

/// <summary>Marks a test class that needs the PostgreSQL cluster: its <see cref="StoreFactAttribute"/> tests skip (outside CI) without one.</summary>
public interface IUsesPostgres;
