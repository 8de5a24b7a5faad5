using Gist.Core.Digests;
using Gist.Core.Summaries;
using Gist.Core.Text;

namespace Gist.Digests.Stories;

/// <summary>A feed item with its shared summary and the outlet that published it.</summary>
/// <param name="Outlet">The feed's title (or host): what "reported by N outlets" counts.</param>
public sealed record StoryItem(FeedItemRecord Item, string Outlet, SummaryResult Summary)
{
    /// <summary>Most characters of the article itself added to an offline (extractive, untranslated) summary.</summary>
    public const int OfflineTextCharacters = 4000;

    /// <summary>Other outlets whose feeds carry this same article (same link): one item for the story, more outlets.</summary>
    public IReadOnlyList<string> AlsoIn { get; init; } = [];

    /// <summary>The article's own date when known: the item's date line, or the page's metadata read for a teaser.</summary>
    public DateTimeOffset? ArticleDate { get; init; }

    /// <summary>Every outlet that carries the item, the first one first.</summary>
    public IEnumerable<string> Outlets => AlsoIn.Prepend(Outlet);

    /// <summary>When the event was reported: the article's own date when it has one, else the feed's date.</summary>
    public DateTimeOffset When => ArticleDate ?? Item.ArticleDate ?? Item.Published ?? Item.FirstSeenAt;

    /// <summary>The date the feed gives the item (or when it was first seen).</summary>
    public DateTimeOffset FeedDate => Item.Published ?? Item.FirstSeenAt;

    /// <summary>The article's own date, when it has one (never the feed's date).</summary>
    public DateTimeOffset? OwnDate => ArticleDate ?? Item.ArticleDate;

    /// <summary>
    /// The text the similarity is computed on: headline, summary and claims (English when a model wrote them). An
    /// offline summary is a few sentences picked from the article, and two outlets rarely pick the same ones, so the
    /// article's own text (its beginning) is added: outlets reporting one event share its words.
    /// </summary>
    public string SimilarityText
    {
        get
        {
            var parts = new[] { Summary.Headline, Summary.Summary }.Concat(Summary.Claims.Select(c => c.Speaker + ": " + c.Text));
            if (Summary.Engine == Core.Summaries.SummaryEngine.Offline)
            {
                parts = parts.Append(WellFormedText.Truncate(Item.Text, OfflineTextCharacters));
            }

            return string.Join('\n', parts);
        }
    }
}
