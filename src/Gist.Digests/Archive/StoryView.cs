namespace Gist.Digests.Archive;

/// <summary>One story of a digest: what happened, who reports it and when, and what each side claims.</summary>
/// <param name="Offline">Written without a language model (summaries may be in the article's own language).</param>
public sealed record StoryView(
    int Number,
    string Headline,
    string Summary,
    int OutletCount,
    IReadOnlyList<OutletView> Outlets,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<DisputeView> Disputes,
    bool Offline);
