using AngleSharp.Dom;

namespace Gist.Extraction.Extraction.Search;

/// <summary>
/// The article's text by <see cref="ArticleSearch.CountedScores"/>: counts (<see cref="NodeCounter"/>), the container
/// (<see cref="CandidateScorer"/>), its clean-up (<see cref="ConditionalCleaner"/>), then the text of what is left.
/// </summary>
public static class CountedArticleSearch
{
    /// <summary>Below this many characters the search is taken to have missed (Readability retries at the same length).</summary>
    public const int MinimumChars = 500;

    /// <returns>The body text, or null when the search found less than <see cref="MinimumChars"/>.</returns>
    public static string? Find(IElement body)
    {
        var unlikely = new HashSet<IElement>();
        var counts = NodeCounter.Count(body, unlikely);
        var parts = new CandidateScorer(counts).Choose(body);
        if (parts.Count == 0)
        {
            return null;
        }

        var cleaner = new ConditionalCleaner(counts, unlikely);
        foreach (var part in parts)
        {
            cleaner.Clean(part);
        }

        var text = BlockTextWriter.Write(parts, cleaner.Removed);
        return text.Length < MinimumChars ? null : text;
    }
}
