namespace Gist.Summarization.Llm.Endpoints;

/// <summary>
/// The order in which one call tries the deployments: first the one smooth weighted round-robin picks among those
/// available (nginx's algorithm: over any run of calls each gets its weight's share, evenly interleaved, with no
/// randomness), then the other available ones by weight. Weight 0 is never picked first: a standby. Thread-safe.
/// </summary>
public sealed class WeightedRotation(IReadOnlyList<int> weights)
{
    private readonly Lock gate = new();
    private readonly long[] current = new long[weights.Count];

    /// <summary>Indexes of the available deployments, the one to try first at the head.</summary>
    public IReadOnlyList<int> Order(IReadOnlyList<bool> available)
    {
        var candidates = Enumerable.Range(0, weights.Count).Where(i => available[i]).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var first = Pick(candidates);
        return [first, .. candidates.Where(i => i != first).OrderByDescending(i => weights[i]).ThenBy(i => i)];
    }

    private int Pick(List<int> candidates)
    {
        lock (gate)
        {
            var total = candidates.Sum(i => (long)weights[i]);
            if (total == 0)
            {
                return candidates[0];
            }

            var best = -1;
            foreach (var i in candidates)
            {
                current[i] += weights[i];
                if (weights[i] > 0 && (best < 0 || current[i] > current[best]))
                {
                    best = i;
                }
            }

            current[best] -= total;
            return best;
        }
    }
}
