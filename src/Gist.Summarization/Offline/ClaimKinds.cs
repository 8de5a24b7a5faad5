namespace Gist.Summarization.Offline;

/// <summary>The claim kinds the offline engine assigns (<see cref="Core.Summaries.Claim.Kind"/>).</summary>
public static class ClaimKinds
{
    public const string Statement = "statement";
    public const string Denial = "denial";
    public const string Accusation = "accusation";
    public const string Warning = "warning";
    public const string Promise = "promise";
    public const string Figure = "figure";
}
