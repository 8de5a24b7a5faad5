using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.Summarization.Text;

namespace Gist.Summarization.Llm;

/// <summary>
/// Split and merge for an article over one request's budget (Llm__MaxArticleCharacters): each chunk is
/// summarized by the usual single-request path (its claims' evidence verified against the FULL article), the
/// chunks in parallel within the model concurrency limit; then one merge call over the parts' headlines and
/// summaries. Claims are merged map-reduce style: every part represented in turn, duplicates (same evidence)
/// once, at most Llm__MaxClaims, in article order. At most Llm__MaxArticleChunks chunks + 1 merge call.
/// </summary>
public sealed class LongArticleSummarizer(SummaryMerger merger)
{
    public delegate Task<SummaryResult> PartSummarizer(Article article, string partText, int part, int parts, string outputLanguage, CancellationToken cancellationToken);

    public async Task<SummaryResult> SummarizeAsync(
        Article article, string outputLanguage, LlmOptions settings, PartSummarizer summarizePart, CancellationToken cancellationToken)
    {
        var chunks = ArticleSplitter.Split(article.Text, settings.MaxArticleCharacters, settings.MaxArticleChunks);
        if (chunks.Count == 1)
        {
            return await summarizePart(article, chunks[0], 1, 1, outputLanguage, cancellationToken);
        }

        var parts = await Task.WhenAll(chunks.Select((chunk, i) => summarizePart(article, chunk, i + 1, chunks.Count, outputLanguage, cancellationToken)));
        var (headline, summary) = await merger.MergeAsync(parts, outputLanguage, cancellationToken);
        return parts[0] with
        {
            Headline = headline,
            Summary = summary,
            Claims = MergeClaims(parts, settings.MaxClaims),
            DroppedClaims = parts.Sum(p => p.DroppedClaims),
        };
    }

    /// <summary>Round-robin over the parts' ranked claims, one per evidence span, then back in article order.</summary>
    public static IReadOnlyList<Claim> MergeClaims(IReadOnlyList<SummaryResult> parts, int maxClaims)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var picked = new List<(int Part, int Rank, Claim Claim)>();
        var deepest = parts.Count == 0 ? 0 : parts.Max(p => p.Claims.Count);
        for (var rank = 0; rank < deepest && picked.Count < maxClaims; rank++)
        {
            for (var part = 0; part < parts.Count && picked.Count < maxClaims; part++)
            {
                if (rank < parts[part].Claims.Count && seen.Add(EvidenceNormalizer.ToKey(parts[part].Claims[rank].Evidence)))
                {
                    picked.Add((part, rank, parts[part].Claims[rank]));
                }
            }
        }

        return [.. picked.OrderBy(p => p.Part).ThenBy(p => p.Rank).Select(p => p.Claim)];
    }
}
