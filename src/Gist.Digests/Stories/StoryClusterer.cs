using Microsoft.Extensions.Options;

namespace Gist.Digests.Stories;

/// <summary>
/// Groups items about the same event. Each pair gets a score from three signals so that no single one decides:
/// the text similarity (rescaled against the batch's own typical similarity, so an embedding model whose
/// unrelated pairs sit at 0.7 and a TF-IDF whose unrelated pairs sit at 0.05 behave alike), the overlap of the
/// people and places named (weighted by how rare each name is in the batch), and how close the publication
/// times are. Clusters grow by average linkage: two groups merge only when their pairs score high on average,
/// so one loose link cannot chain two events together. Times are the articles' own dates when both have one (a feed
/// may republish a month-old article today), and two articles whose own dates are further apart than
/// StoryEventGap report different events whatever their words share: the pair never links.
/// </summary>
public sealed class StoryClusterer(TextSimilarity textSimilarity, IOptions<DigestsOptions> options)
{
    public const double TextWeight = 0.5;
    public const double NameWeight = 0.3;
    public const double TimeWeight = 0.2;

    public async Task<IReadOnlyList<IReadOnlyList<StoryItem>>> ClusterAsync(IReadOnlyList<StoryItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count <= 1)
        {
            return items.Count == 0 ? [] : [items];
        }

        var (text, _) = await textSimilarity.ComputeAsync(items, cancellationToken);
        var scores = Score(items, text, options.Value.StoryTimeWindow, options.Value.StoryEventGap);
        return Link(items, scores, options.Value.StoryThreshold);
    }

    /// <summary>The combined pair scores (0–1).</summary>
    public static double[,] Score(IReadOnlyList<StoryItem> items, double[,] text, TimeSpan timeWindow, TimeSpan eventGap)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(text);
        var n = items.Count;
        var baseline = Baseline(text, n);
        var names = items.Select(NamedEntities.Of).ToList();
        var nameFrequency = names.SelectMany(s => s).GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var scores = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                var textScore = Math.Clamp((text[a, b] - baseline) / (1 - baseline), 0, 1);
                var nameScore = WeightedOverlap(names[a], names[b], nameFrequency, n);
                var (gap, ownDates) = Gap(items[a], items[b]);
                var timeScore = Math.Max(0, 1 - gap / timeWindow);
                var score = TextWeight * textScore + NameWeight * nameScore + TimeWeight * timeScore;
                scores[a, b] = scores[b, a] = ownDates && gap > eventGap ? 0 : score;
            }
        }

        return scores;
    }

    /// <summary>
    /// How far apart two items are in time: by the articles' own dates when both have one, else by the feeds' dates
    /// (an article without a date line is compared on the feed's clock, never against another's date line).
    /// </summary>
    public static (TimeSpan Gap, bool OwnDates) Gap(StoryItem a, StoryItem b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.OwnDate is { } x && b.OwnDate is { } y ? ((x - y).Duration(), true) : ((a.FeedDate - b.FeedDate).Duration(), false);
    }

    /// <summary>
    /// The similarity of a typical unrelated pair in this batch: the median pair similarity when the batch is large
    /// enough to have one, never above 0.9; for two or three items, the lowest pair.
    /// </summary>
    public static double Baseline(double[,] text, int n)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pairs = new List<double>();
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                pairs.Add(text[a, b]);
            }
        }

        pairs.Sort();
        var typical = n >= 4 ? pairs[pairs.Count / 2] : Math.Min(pairs[0], 0.1);
        return Math.Min(typical, 0.9);
    }

    private static double WeightedOverlap(HashSet<string> a, HashSet<string> b, Dictionary<string, int> frequency, int n)
    {
        // Overlap relative to the smaller set: an outlet that names fewer people is not penalised for it.
        double Weight(string name) => Math.Log(1 + (double)n / frequency[name]);
        var smaller = Math.Min(a.Sum(Weight), b.Sum(Weight));
        var shared = a.Where(b.Contains).Sum(Weight);
        return smaller == 0 ? 0 : shared / smaller;
    }

    private static List<IReadOnlyList<StoryItem>> Link(IReadOnlyList<StoryItem> items, double[,] scores, double threshold)
    {
        var clusters = Enumerable.Range(0, items.Count).Select(i => new List<int> { i }).ToList();
        while (true)
        {
            (int A, int B, double Score) best = (-1, -1, threshold);
            for (var a = 0; a < clusters.Count; a++)
            {
                for (var b = a + 1; b < clusters.Count; b++)
                {
                    var average = clusters[a].SelectMany(x => clusters[b], (x, y) => scores[x, y]).Average();
                    if (average >= best.Score)
                    {
                        best = (a, b, average);
                    }
                }
            }

            if (best.A < 0)
            {
                break;
            }

            clusters[best.A].AddRange(clusters[best.B]);
            clusters.RemoveAt(best.B);
        }

        return clusters.Select(c => (IReadOnlyList<StoryItem>)c.Order().Select(i => items[i]).ToList()).ToList();
    }
}
