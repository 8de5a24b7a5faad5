namespace Gist.Storage.Postgres;

/// <summary>The PostgreSQL inbox's statements (see <see cref="PostgresUpdateInbox"/>).</summary>
internal static class PostgresInboxSql
{
    /// <summary>The advisory lock key of inbox claims ("gist" "inbox" in ASCII).</summary>
    public const long ClaimLockKey = 0x6769_7374_696E_626F;

    public const string Add = """
        INSERT INTO inbox (update_id, chat_id, json, state, attempts, received_at, updated_at)
        SELECT @update_id, @chat_id, @json, 'pending', 0, @now, @now
        WHERE @update_id > COALESCE((SELECT pruned_through_update_id FROM inbox_watermark WHERE id = 1), -1)
        ON CONFLICT (update_id) DO NOTHING;
        """;

    /// <summary>
    /// The highest update_id ever stored: MAX over the inbox (an index-only look at the end of the primary key), or
    /// the watermark row, which holds it only from before a prune. Adds never write the shared row.
    /// </summary>
    public const string LastUpdateId = """
        SELECT GREATEST((SELECT MAX(update_id) FROM inbox), (SELECT max_update_id FROM inbox_watermark WHERE id = 1));
        """;

    /// <summary>Before a prune deletes rows: the inbox's highest id goes into the watermark (only ever raised).</summary>
    public const string CarryHighWater = """
        UPDATE inbox_watermark SET max_update_id = GREATEST(max_update_id, (SELECT MAX(update_id) FROM inbox)) WHERE id = 1;
        """;

    // Rows from a build before leases have none: no live instance holds them.
    public const string Expired = "state = 'in_progress' AND (lease_until IS NULL OR lease_until < clock_timestamp())";

    public const string TakeBackExpired = $"""
        UPDATE inbox SET state = 'pending', attempts = attempts + 1, claimed_by = NULL, lease_until = NULL, updated_at = @now
        WHERE {Expired};
        """;

    public const string Claim = """
        UPDATE inbox SET state = 'in_progress', updated_at = @now, claimed_by = @instance, lease_until = clock_timestamp() + @lease
        WHERE update_id IN (
            SELECT i.update_id FROM inbox AS i
            WHERE i.state = 'pending'
              AND i.update_id = (SELECT MIN(p.update_id) FROM inbox AS p WHERE p.state = 'pending' AND p.chat_id = i.chat_id)
              AND NOT EXISTS (SELECT 1 FROM inbox AS b WHERE b.state = 'in_progress' AND b.chat_id = i.chat_id)
            ORDER BY i.update_id
            LIMIT @max)
        RETURNING update_id, chat_id, json, attempts, placeholder_message_id;
        """;
}
