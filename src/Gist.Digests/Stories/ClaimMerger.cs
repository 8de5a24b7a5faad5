namespace Gist.Digests.Stories;

/// <summary>
/// The claims of a story's items merged: claims whose words largely agree (TF-IDF cosine over the claim text and
/// speaker) become one, counted by distinct outlets. A denial is set beside a claim only when it denies that claim
/// (the same subject, the same thing denied): decided by the model in the story call when one is configured, else
/// by the conservative <see cref="DenialMatch"/> rule; a denial that denies none of the claims is listed on its own.
/// </summary>
public static class ClaimMerger
{
    public const double SameClaim = 0.45;

    /// <summary>The merged claims with the denials paired by the rule.</summary>
    public static (IReadOnlyList<MergedClaim> Claims, IReadOnlyList<Dispute> Disputes) Merge(IReadOnlyList<StoryItem> items)
    {
        var merged = MergeClaims(items);
        return Pair(merged, RulePairs(merged));
    }

    /// <summary>Claims that largely agree merged into one, each counted by its distinct outlets; denials kept apart.</summary>
    public static IReadOnlyList<MergedClaim> MergeClaims(IReadOnlyList<StoryItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var raw = items.SelectMany(i => i.Summary.Claims.Select(c => (Claim: c, Outlets: i.Outlets.ToList(), i.Item.Link, Language: i.Summary.OutputLanguage))).ToList();
        if (raw.Count == 0)
        {
            return [];
        }

        var vectors = new LexicalVectors(raw.Select(r => r.Claim.Text + " " + r.Claim.Speaker).ToList(), raw.Select(r => (string?)r.Language).ToList());
        var groups = new List<List<int>>();
        for (var i = 0; i < raw.Count; i++)
        {
            var denial = IsDenial(raw[i].Claim.Kind);
            var home = groups.FirstOrDefault(g => IsDenial(raw[g[0]].Claim.Kind) == denial && g.Average(j => vectors.Cosine(i, j)) >= SameClaim);
            if (home is null)
            {
                groups.Add([i]);
            }
            else
            {
                home.Add(i);
            }
        }

        return groups.Select(g =>
        {
            var first = raw[g[0]].Claim;
            var sources = g.SelectMany(j => raw[j].Outlets.Select(o => new ClaimSource(o, raw[j].Claim.Evidence, raw[j].Link)))
                .GroupBy(s => s.Outlet, StringComparer.OrdinalIgnoreCase).Select(s => s.First()).ToList();
            return new MergedClaim(first.Text, first.Speaker, first.Kind, sources);
        }).ToList();
    }

    /// <summary>(denial, claim) index pairs the conservative rule accepts, best match first, each claim and denial used once.</summary>
    public static IReadOnlyList<(int Denial, int Claim)> RulePairs(IReadOnlyList<MergedClaim> merged)
    {
        ArgumentNullException.ThrowIfNull(merged);
        var candidates = new List<(int Denial, int Claim, double Score)>();
        for (var d = 0; d < merged.Count; d++)
        {
            for (var c = 0; c < merged.Count; c++)
            {
                if (merged[d].IsDenial && !merged[c].IsDenial && DenialMatch.Score(merged[d], merged[c]) is { } score)
                {
                    candidates.Add((d, c, score));
                }
            }
        }

        var used = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (d, c, _) in candidates.OrderByDescending(x => x.Score))
        {
            if (!used.Contains(d) && !used.Contains(c))
            {
                pairs.Add((d, c));
                used.Add(d);
                used.Add(c);
            }
        }

        return pairs;
    }

    /// <summary>
    /// The disputes for the given (denial, claim) index pairs; a pair that is out of range, not a denial against a
    /// non-denial, or reuses a claim or a denial is ignored. Every claim not in a dispute stays in the claim list.
    /// </summary>
    public static (IReadOnlyList<MergedClaim> Claims, IReadOnlyList<Dispute> Disputes) Pair(IReadOnlyList<MergedClaim> merged, IEnumerable<(int Denial, int Claim)> pairs)
    {
        ArgumentNullException.ThrowIfNull(merged);
        ArgumentNullException.ThrowIfNull(pairs);
        var disputes = new List<Dispute>();
        var paired = new HashSet<int>();
        foreach (var (d, c) in pairs)
        {
            if (d < 0 || c < 0 || d >= merged.Count || c >= merged.Count || !merged[d].IsDenial || merged[c].IsDenial || paired.Contains(d) || paired.Contains(c))
            {
                continue;
            }

            disputes.Add(new Dispute(merged[c], merged[d]));
            paired.Add(d);
            paired.Add(c);
        }

        var claims = merged.Where((_, i) => !paired.Contains(i)).OrderByDescending(m => m.OutletCount).ToList();
        return (claims, disputes);
    }

    private static bool IsDenial(string kind) => kind.Equals("denial", StringComparison.OrdinalIgnoreCase);
}
