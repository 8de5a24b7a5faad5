namespace Gist.Digests.Stories;

/// <summary>A claim as reported by one or more outlets of a story.</summary>
public sealed record MergedClaim(string Text, string Speaker, string Kind, IReadOnlyList<ClaimSource> Sources)
{
    public int OutletCount => Sources.Select(s => s.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    public bool IsDenial => Kind.Equals("denial", StringComparison.OrdinalIgnoreCase);
}
