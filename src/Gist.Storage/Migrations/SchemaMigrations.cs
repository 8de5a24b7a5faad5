namespace Gist.Storage.Migrations;

/// <summary>
/// Every schema step, in order. A new feature (digests: subscriptions, feeds, items) appends a step here;
/// existing steps are never edited, so a database made by any earlier build upgrades in place.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        InitialSchema.Migration,
        Digests.DigestSchema.Migration,
        Digests.DigestDeliverySchema.Migration,
        ReliabilitySchema.Migration,
        ReliabilitySchema.QuotaCharges,
        ArticleSchema.PartialFlag,
        Digests.DigestSourceSchema.ArticleDate,
        ArticleSchema.ReadingNote,
        ArticleSchema.RepliesAboutArticles,
        InstanceSchema.PollingLease,
        InstanceSchema.ReplyShown,
        Snapshots.SnapshotSchema.Migration,
        Digests.DigestClaimSchema.Migration,
    ];
}
