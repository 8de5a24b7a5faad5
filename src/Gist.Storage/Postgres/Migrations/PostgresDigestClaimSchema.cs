using Gist.Storage.Migrations;

namespace Gist.Storage.Postgres.Migrations;

/// <summary>
/// Version 10: digests across instances. A subscriber's claim names its claimant, so the claimant can renew it during a
/// long delivery and only the claimant may send. A digest being delivered records the message whose send is in
/// progress (by whom, since when) and the messages settled as uncertain; the digests-sent record keeps their count.
/// </summary>
internal static class PostgresDigestClaimSchema
{
    public static Migration Migration { get; } = new(10, "digest claimants, sends in progress, uncertain messages", """
        ALTER TABLE subscribers ADD COLUMN claimed_by TEXT;
        ALTER TABLE digest_deliveries ADD COLUMN sending_part INTEGER;
        ALTER TABLE digest_deliveries ADD COLUMN sending_by TEXT;
        ALTER TABLE digest_deliveries ADD COLUMN sending_since TIMESTAMPTZ;
        ALTER TABLE digest_deliveries ADD COLUMN uncertain_parts JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE digests ADD COLUMN uncertain_parts INTEGER NOT NULL DEFAULT 0;
        """);
}
