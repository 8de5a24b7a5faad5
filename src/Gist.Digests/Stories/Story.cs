namespace Gist.Digests.Stories;

/// <summary>One event as several outlets report it.</summary>
public sealed record Story(
    string Headline,
    string Summary,
    IReadOnlyList<StoryItem> Items,
    IReadOnlyList<MergedClaim> Claims,
    IReadOnlyList<Dispute> Disputes,
    string Engine)
{
    public int OutletCount => Items.SelectMany(i => i.Outlets).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    public DateTimeOffset Latest => Items.Max(i => i.When);
}
