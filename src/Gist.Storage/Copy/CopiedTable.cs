namespace Gist.Storage.Copy;

/// <summary>A table copied row by row; rows whose key (or any unique value) is already in PostgreSQL are left alone.</summary>
/// <param name="Name">The table, the same in both schemas.</param>
/// <param name="Columns">Its columns, the same names in both schemas, with how each value is converted.</param>
/// <param name="HasIdentity">Its <c>id</c> is an identity: ids are copied as they are and the sequence moved past them.</param>
internal sealed record CopiedTable(string Name, IReadOnlyList<(string Name, CopiedColumn Kind)> Columns, bool HasIdentity = false)
{
    /// <summary>Every table the bot keeps, parents before children.</summary>
    public static IReadOnlyList<CopiedTable> All { get; } =
    [
        new("results", [("key", CopiedColumn.AsIs), ("value", CopiedColumn.AsIs), ("created_at", CopiedColumn.Instant)]),
        new("articles", [("id", CopiedColumn.AsIs), ("content_hash", CopiedColumn.AsIs), ("text", CopiedColumn.AsIs), ("title", CopiedColumn.AsIs),
            ("source", CopiedColumn.AsIs), ("url", CopiedColumn.AsIs), ("author", CopiedColumn.AsIs), ("published", CopiedColumn.AsIs),
            ("language", CopiedColumn.AsIs), ("origin", CopiedColumn.AsIs), ("partial", CopiedColumn.Boolean), ("reading_note", CopiedColumn.AsIs),
            ("created_at", CopiedColumn.Instant)], HasIdentity: true),
        new("message_articles", [("chat_id", CopiedColumn.AsIs), ("message_id", CopiedColumn.AsIs), ("article_id", CopiedColumn.AsIs), ("created_at", CopiedColumn.Instant)]),
        new("article_headlines", [("article_id", CopiedColumn.AsIs), ("language", CopiedColumn.AsIs), ("headline", CopiedColumn.AsIs), ("created_at", CopiedColumn.Instant)]),
        new("article_translations", [("chat_id", CopiedColumn.AsIs), ("article_id", CopiedColumn.AsIs), ("language", CopiedColumn.AsIs),
            ("message_id", CopiedColumn.AsIs), ("created_at", CopiedColumn.Instant)]),
        new("chat_settings", [("chat_id", CopiedColumn.AsIs), ("output_language", CopiedColumn.AsIs), ("updated_at", CopiedColumn.Instant)]),
        new("usage", [("user_id", CopiedColumn.AsIs), ("day", CopiedColumn.Day), ("model_calls", CopiedColumn.AsIs)]),
        new("user_quotas", [("user_id", CopiedColumn.AsIs), ("daily_model_calls", CopiedColumn.AsIs), ("updated_at", CopiedColumn.Instant)]),
        new("quota_charges", [("update_id", CopiedColumn.AsIs), ("user_id", CopiedColumn.AsIs), ("day", CopiedColumn.Day), ("charged_at", CopiedColumn.Instant)]),
        new("feeds", [("id", CopiedColumn.AsIs), ("url", CopiedColumn.AsIs), ("title", CopiedColumn.AsIs), ("site_url", CopiedColumn.AsIs), ("etag", CopiedColumn.AsIs),
            ("last_modified", CopiedColumn.AsIs), ("next_poll_at", CopiedColumn.Instant), ("failures", CopiedColumn.AsIs), ("last_error", CopiedColumn.AsIs),
            ("last_polled_at", CopiedColumn.Instant), ("created_at", CopiedColumn.Instant)], HasIdentity: true),
        new("feed_items", [("id", CopiedColumn.AsIs), ("feed_id", CopiedColumn.AsIs), ("guid", CopiedColumn.AsIs), ("link", CopiedColumn.AsIs),
            ("content_hash", CopiedColumn.AsIs), ("title", CopiedColumn.AsIs), ("text", CopiedColumn.AsIs), ("is_teaser", CopiedColumn.Boolean),
            ("published", CopiedColumn.AsIs), ("published_utc", CopiedColumn.Instant), ("first_seen_at", CopiedColumn.Instant),
            ("summary_json", CopiedColumn.AsIs), ("article_date", CopiedColumn.AsIs)], HasIdentity: true),
        new("subscriptions", [("id", CopiedColumn.AsIs), ("chat_id", CopiedColumn.AsIs), ("feed_id", CopiedColumn.AsIs), ("include_words", CopiedColumn.AsIs),
            ("exclude_words", CopiedColumn.AsIs), ("created_at", CopiedColumn.Instant)], HasIdentity: true),
        new("subscribers", [("chat_id", CopiedColumn.AsIs), ("time_zone", CopiedColumn.AsIs), ("digest_time", CopiedColumn.TimeOfDay),
            ("next_digest_at", CopiedColumn.Instant), ("last_digest_through", CopiedColumn.Instant), ("claimed_until", CopiedColumn.Instant),
            ("paused_reason", CopiedColumn.AsIs), ("include_reading", CopiedColumn.Boolean), ("updated_at", CopiedColumn.Instant)]),
        new("digests", [("chat_id", CopiedColumn.AsIs), ("local_date", CopiedColumn.Day), ("items_through", CopiedColumn.Instant),
            ("messages", CopiedColumn.AsIs), ("uncertain_parts", CopiedColumn.AsIs), ("sent_at", CopiedColumn.Instant)]),
        new("digest_deliveries", [("chat_id", CopiedColumn.AsIs), ("local_date", CopiedColumn.Day), ("items_through", CopiedColumn.Instant),
            ("parts", CopiedColumn.Json), ("parts_sent", CopiedColumn.AsIs), ("message_ids", CopiedColumn.Json), ("uncertain_parts", CopiedColumn.Json),
            ("created_at", CopiedColumn.Instant),
            ("updated_at", CopiedColumn.Instant)]),
        new("model_reruns", [("id", CopiedColumn.AsIs), ("chat_id", CopiedColumn.AsIs), ("article_id", CopiedColumn.AsIs), ("output_language", CopiedColumn.AsIs),
            ("message_ids", CopiedColumn.Json), ("reply_to_message_id", CopiedColumn.AsIs), ("attempts", CopiedColumn.AsIs), ("due_at", CopiedColumn.Instant),
            ("created_at", CopiedColumn.Instant)], HasIdentity: true),
        new("reply_parts", [("update_id", CopiedColumn.AsIs), ("part", CopiedColumn.AsIs), ("message_id", CopiedColumn.AsIs)]),
        new("reply_shown", [("update_id", CopiedColumn.AsIs), ("message_id", CopiedColumn.AsIs), ("fingerprint", CopiedColumn.AsIs)]),
        new("inbox", [("update_id", CopiedColumn.AsIs), ("chat_id", CopiedColumn.AsIs), ("json", CopiedColumn.AsIs), ("state", CopiedColumn.AsIs),
            ("attempts", CopiedColumn.AsIs), ("placeholder_message_id", CopiedColumn.AsIs), ("error", CopiedColumn.AsIs),
            ("received_at", CopiedColumn.Instant), ("updated_at", CopiedColumn.Instant)]),
    ];
}
