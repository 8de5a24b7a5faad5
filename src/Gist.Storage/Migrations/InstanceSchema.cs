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

    /// <summary>
    /// Version 34: what each message of an update's reply shows (a fingerprint of its text and keyboard), so an
    /// instance resuming the update skips an edit the message already shows.
    /// </summary>
    public static Migration ReplyShown { get; } = new(34, "reply messages: content shown", """
        CREATE TABLE reply_shown (
            update_id INTEGER NOT NULL,
            message_id INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            PRIMARY KEY (update_id, message_id)
        );
        """);
}
