namespace Gist.Storage.Migrations;

/// <summary>
/// Version 10 (reliability and access, versions 10-19): requests answered offline while the model was
/// unavailable, waiting to be re-run with the model; per-user daily quota overrides set by admins; and the
/// progress of multi-part replies, so a restart never sends a part twice.
/// </summary>
internal static class ReliabilitySchema
{
    public static Migration Migration { get; } = new(10, "model re-runs, user quotas, reply progress", """
        -- An offline reply that the model should replace: the messages that hold it, in order (JSON array).
        CREATE TABLE model_reruns (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            output_language TEXT NOT NULL,
            message_ids TEXT NOT NULL,
            reply_to_message_id INTEGER,
            attempts INTEGER NOT NULL DEFAULT 0,
            due_at TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX model_reruns_due ON model_reruns (due_at);

        -- A user's own daily model-call limit, replacing Access:DailyModelCalls for them.
        CREATE TABLE user_quotas (
            user_id INTEGER PRIMARY KEY,
            daily_model_calls INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        );

        -- The parts of an update's reply already sent as new messages (part 0 edits the placeholder).
        CREATE TABLE reply_parts (
            update_id INTEGER NOT NULL,
            part INTEGER NOT NULL,
            message_id INTEGER NOT NULL,
            PRIMARY KEY (update_id, part)
        );
        """);

    /// <summary>Version 11: the updates already charged to a user's daily quota, so a retried update is charged once.</summary>
    public static Migration QuotaCharges { get; } = new(11, "quota charges per update", """
        CREATE TABLE quota_charges (
            update_id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL,
            day TEXT NOT NULL,
            charged_at TEXT NOT NULL
        );
        CREATE INDEX quota_charges_charged_at ON quota_charges (charged_at);
        """);
}
