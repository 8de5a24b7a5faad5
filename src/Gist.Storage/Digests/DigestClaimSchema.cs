using Gist.Storage.Migrations;

namespace Gist.Storage.Digests;

/// <summary>
/// Version 41: a subscriber's claim names its claimant (renewed during a long delivery; only the claimant sends), a
/// digest being delivered records the message whose send is in progress and the messages settled as uncertain, and
/// the digests-sent record keeps their count. The same columns as PostgreSQL's version 10.
/// </summary>
internal static class DigestClaimSchema
{
    public static Migration Migration { get; } = new(41, "digest claimants, sends in progress, uncertain messages", """
        ALTER TABLE subscribers ADD COLUMN claimed_by TEXT;
        ALTER TABLE digest_deliveries ADD COLUMN sending_part INTEGER;
        ALTER TABLE digest_deliveries ADD COLUMN sending_by TEXT;
        ALTER TABLE digest_deliveries ADD COLUMN sending_since TEXT;
        -- JSON array of message indexes.
        ALTER TABLE digest_deliveries ADD COLUMN uncertain_parts TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE digests ADD COLUMN uncertain_parts INTEGER NOT NULL DEFAULT 0;
        """);
}
