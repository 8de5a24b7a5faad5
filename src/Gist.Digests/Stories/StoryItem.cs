using Gist.Core.Digests;
using Gist.Core.Summaries;

namespace Gist.Digests.Stories;

/// <summary>A feed item with its shared summary and the outlet that published it.</summary>
/// <param name="Outlet">The feed's title (or host): what "reported by N outlets" counts.</param>
public sealed record StoryItem(FeedItemRecord Item, string Outlet, SummaryResult Summary)
{
    public DateTimeOffset When => Item.Published ?? Item.FirstSeenAt;

    /// <summary>The text the similarity is computed on: headline, summary and claims (English when a model wrote them).</summary>
    public string SimilarityText =>
        string.Join('\n', new[] { Summary.Headline, Summary.Summary }.Concat(Summary.Claims.Select(c => c.Speaker + ": " + c.Text)));
}
