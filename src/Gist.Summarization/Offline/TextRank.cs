namespace Gist.Summarization.Offline;

/// <summary>
/// TextRank (Mihalcea and Tarau, 2004): PageRank over a graph whose nodes are sentences and whose edges
/// weigh how much two sentences share. Shared terms are weighted by BM25's inverse document frequency, and
/// the similarity is normalized by sentence length as in the original paper. The random jump favours early
/// sentences (a topic-sensitive PageRank), because news puts the essentials first. Only the first
/// <see cref="MaxRankedSentences"/> sentences are ranked: the graph is quadratic in its nodes (10,000 sentences took
/// 20 s and 2.4 GB), and a news summary is found near the top.
/// </summary>
public static class TextRank
{
    /// <summary>Sentences ranked at most; later ones score 0 (a long article is summarized from its first pages).</summary>
    public const int MaxRankedSentences = 400;

    private const double Damping = 0.85;
    private const int MaxIterations = 100;
    private const double Tolerance = 1e-8;

    /// <summary>A score per sentence (those ranked sum to 1), from each sentence's set of terms.</summary>
    public static double[] Rank(IReadOnlyList<IReadOnlySet<string>> sentenceTerms)
    {
        ArgumentNullException.ThrowIfNull(sentenceTerms);
        if (sentenceTerms.Count > MaxRankedSentences)
        {
            var ranked = Rank(sentenceTerms.Take(MaxRankedSentences).ToList());
            var all = new double[sentenceTerms.Count];
            ranked.CopyTo(all, 0);
            return all;
        }

        var n = sentenceTerms.Count;
        if (n == 0)
        {
            return [];
        }

        var weights = Similarities(sentenceTerms);
        var prior = new double[n];
        for (var i = 0; i < n; i++)
        {
            prior[i] = 1 / Math.Sqrt(1 + i);
        }

        var priorSum = prior.Sum();
        for (var i = 0; i < n; i++)
        {
            prior[i] /= priorSum;
        }

        // Row-normalized transitions, kept sparse: most sentence pairs share nothing.
        var edges = new (int To, double Share)[n][];
        for (var i = 0; i < n; i++)
        {
            var row = weights[i];
            var total = row.Sum();
            edges[i] = total == 0 ? [] : Enumerable.Range(0, n).Where(j => row[j] > 0).Select(j => (j, row[j] / total)).ToArray();
        }

        var score = (double[])prior.Clone();
        var next = new double[n];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            // A sentence sharing nothing (dangling node) spreads its score like the random jump.
            var dangling = 0.0;
            Array.Clear(next);
            for (var i = 0; i < n; i++)
            {
                if (edges[i].Length == 0)
                {
                    dangling += score[i];
                }

                foreach (var (to, share) in edges[i])
                {
                    next[to] += score[i] * share;
                }
            }

            var change = 0.0;
            for (var j = 0; j < n; j++)
            {
                next[j] = ((1 - Damping) * prior[j]) + (Damping * (next[j] + (dangling * prior[j])));
                change += Math.Abs(next[j] - score[j]);
            }

            (score, next) = (next, score);
            if (change < Tolerance)
            {
                break;
            }
        }

        return score;
    }

    private static double[][] Similarities(IReadOnlyList<IReadOnlySet<string>> terms)
    {
        var n = terms.Count;
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in terms)
        {
            foreach (var term in set)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var idf = documentFrequency.ToDictionary(
            p => p.Key,
            p => Math.Log(1 + ((n - p.Value + 0.5) / (p.Value + 0.5))),
            StringComparer.Ordinal);
        var weights = new double[n][];
        for (var i = 0; i < n; i++)
        {
            weights[i] = new double[n];
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var (small, large) = terms[i].Count <= terms[j].Count ? (terms[i], terms[j]) : (terms[j], terms[i]);
                var shared = 0.0;
                foreach (var term in small)
                {
                    if (large.Contains(term))
                    {
                        shared += idf[term];
                    }
                }

                if (shared > 0)
                {
                    var weight = shared / (Math.Log(1 + terms[i].Count) + Math.Log(1 + terms[j].Count));
                    weights[i][j] = weight;
                    weights[j][i] = weight;
                }
            }
        }

        return weights;
    }
}
