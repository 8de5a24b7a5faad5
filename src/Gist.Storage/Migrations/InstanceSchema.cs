namespace Gist.Storage.Migrations;

/// <summary>Versions 33-39: several processes of one bot.</summary>
internal static class InstanceSchema
{
    /// <summary>Version 33: which process polls Telegram (one row; see IPollingLease).</summary>
    public static Migration PollingLease { get; } = new(33, "polling lease", """
        CREATE TABLE polling_lease (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            holder TEXT NOT NULL,
            lease_until TEXT NOT NULL
        );
        """);
}
