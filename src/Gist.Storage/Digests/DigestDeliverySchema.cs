using Gist.Storage.Migrations;

namespace Gist.Storage.Digests;

/// <summary>
/// Version 3: a scheduled digest is written down, rendered, before its first message goes out, and each message
/// sent is recorded as it goes; a restart continues that digest from the first unsent message instead of building
/// and sending another. The row is removed when the digest is recorded in <c>digests</c>.
/// </summary>
internal static class DigestDeliverySchema
{
    public static Migration Migration { get; } = new(3, "digests: deliveries in progress", """
        CREATE TABLE digest_deliveries (
            chat_id INTEGER NOT NULL,
            local_date TEXT NOT NULL,
            items_through TEXT NOT NULL,
            -- The rendered messages (JSON array of Telegram HTML strings), in order.
            parts TEXT NOT NULL,
            -- How many of them Telegram has accepted, and their message ids (JSON array).
            parts_sent INTEGER NOT NULL DEFAULT 0,
            message_ids TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, local_date)
        );
        """);
}
