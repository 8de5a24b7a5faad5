namespace Gist.Storage.Inbox;

/// <summary>The inbox statements, kept as constants so each is prepared once per connection.</summary>
internal static class InboxSql
{
    // A redelivered update is ignored both while its row exists (the primary key) and after the row was pruned
    // (at or below the pruned watermark). The WHERE also resolves SQLite's INSERT…SELECT…ON CONFLICT ambiguity.
    public const string Add = """
        INSERT INTO inbox (update_id, chat_id, json, state, attempts, received_at, updated_at)
        SELECT $update_id, $chat_id, $json, 'pending', 0, $now, $now
        WHERE $update_id > COALESCE((SELECT pruned_through_update_id FROM inbox_watermark WHERE id = 1), -1)
        ON CONFLICT (update_id) DO NOTHING;
        """;

    public const string RaiseHighWater = """
        UPDATE inbox_watermark SET max_update_id = MAX(COALESCE(max_update_id, $max), $max) WHERE id = 1;
        """;

    // The oldest pending update of each chat that has nothing in progress: one per chat, oldest chats first.
    public const string SelectClaimable = """
        SELECT i.update_id, i.chat_id, i.json, i.attempts, i.placeholder_message_id
        FROM inbox AS i
        WHERE i.state = 'pending'
          AND i.update_id = (SELECT MIN(p.update_id) FROM inbox AS p WHERE p.state = 'pending' AND p.chat_id = i.chat_id)
          AND NOT EXISTS (SELECT 1 FROM inbox AS b WHERE b.state = 'in_progress' AND b.chat_id = i.chat_id)
        ORDER BY i.update_id
        LIMIT $max;
        """;

    public const string MarkInProgress =
        "UPDATE inbox SET state = 'in_progress', updated_at = $now WHERE update_id = $update_id;";

    public const string SetPlaceholder =
        "UPDATE inbox SET placeholder_message_id = $message_id, updated_at = $now WHERE update_id = $update_id;";

    public const string Complete =
        "UPDATE inbox SET state = 'done', error = NULL, updated_at = $now WHERE update_id = $update_id;";

    public const string Fail =
        "UPDATE inbox SET state = 'failed', error = $error, updated_at = $now WHERE update_id = $update_id;";

    public const string Release = """
        UPDATE inbox SET state = 'pending', attempts = attempts + 1, updated_at = $now
        WHERE update_id = $update_id AND state = 'in_progress';
        """;

    // A recovered update counts an attempt: an update that kills the process every time must not loop forever.
    public const string Recover =
        "UPDATE inbox SET state = 'pending', attempts = attempts + 1, updated_at = $now WHERE state = 'in_progress';";

    public const string HighWater = "SELECT max_update_id FROM inbox_watermark WHERE id = 1;";

    public const string Count = "SELECT state, COUNT(*) FROM inbox GROUP BY state;";

    public const string LastPrunable = """
        SELECT MAX(update_id) FROM inbox WHERE state IN ('done', 'failed') AND updated_at < $cutoff;
        """;

    public const string Prune = "DELETE FROM inbox WHERE state IN ('done', 'failed') AND updated_at < $cutoff;";

    public const string RaisePrunedWater = """
        UPDATE inbox_watermark
        SET pruned_through_update_id = MAX(COALESCE(pruned_through_update_id, $pruned), $pruned)
        WHERE id = 1;
        """;
}
