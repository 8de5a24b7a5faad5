using Gist.Storage.Migrations;

namespace Gist.Storage.Postgres.Migrations;

/// <summary>
/// Version 4: several instances on one database. An update in progress names the instance that claimed it and
/// the end of its lease (on the database's clock); a live instance renews its leases, and an update whose lease ran
/// out (its instance died) goes back to the queue for another.
/// </summary>
internal static class PostgresInstanceSchema
{
    public static Migration Migration { get; } = new(4, "inbox claim leases", """
        ALTER TABLE inbox ADD COLUMN claimed_by TEXT;
        ALTER TABLE inbox ADD COLUMN lease_until TIMESTAMPTZ;
        CREATE INDEX inbox_in_progress_lease ON inbox (lease_until) WHERE state = 'in_progress';
        """);

    /// <summary>Version 5: which instance polls Telegram (one row; see IPollingLease).</summary>
    public static Migration PollingLease { get; } = new(5, "polling lease", """
        CREATE TABLE polling_lease (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            holder TEXT NOT NULL,
            lease_until TIMESTAMPTZ NOT NULL
        );
        """);

    /// <summary>
    /// Version 8: what each message of an update's reply shows (a fingerprint of its text and keyboard), so the
    /// instance resuming an update another began skips an edit the message already shows.
    /// </summary>
    public static Migration ReplyShown { get; } = new(8, "reply messages: content shown", """
        CREATE TABLE reply_shown (
            update_id BIGINT NOT NULL,
            message_id INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            PRIMARY KEY (update_id, message_id)
        );
        """);
}
