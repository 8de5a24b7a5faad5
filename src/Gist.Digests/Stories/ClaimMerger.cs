namespace Gist.Digests.Stories;

/// <summary>
/// The claims of a story's items merged: claims whose words largely agree (TF-IDF cosine over the claim text and
/// speaker) become one, counted by distinct outlets; each denial is paired with the claim it denies (the most
/// similar non-denial claim, ignoring the words of denial themselves).
/// </summary>
public static class ClaimMerger
{
    public const double SameClaim = 0.45;
    public const double DeniesClaim = 0.2;

    private static readonly string[] DenialWords = ["deny", "denies", "denied", "denial", "reject", "rejects", "rejected", "any", "no", "not", "false", "baseless"];

    public static (IReadOnlyList<MergedClaim> Claims, IReadOnlyList<Dispute> Disputes) Merge(IReadOnlyList<StoryItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var raw = items.SelectMany(i => i.Summary.Claims.Select(c => (Claim: c, i.Outlet, i.Item.Link, Language: i.Summary.OutputLanguage))).ToList();
        if (raw.Count == 0)
        {
            return ([], []);
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

        var merged = groups.Select(g =>
        {
            var first = raw[g[0]].Claim;
            var sources = g.Select(j => new ClaimSource(raw[j].Outlet, raw[j].Claim.Evidence, raw[j].Link))
                .GroupBy(s => s.Outlet, StringComparer.OrdinalIgnoreCase).Select(s => s.First()).ToList();
            return new MergedClaim(first.Text, first.Speaker, first.Kind, sources);
        }).ToList();

        var disputes = new List<Dispute>();
        var paired = new HashSet<MergedClaim>();
        var targets = merged.Where(m => !m.IsDenial).ToList();
        if (targets.Count > 0)
        {
            var texts = targets.Concat(merged.Where(m => m.IsDenial)).Select(m => WithoutDenialWords(m.Text)).ToList();
            var pairVectors = new LexicalVectors(texts, texts.Select(_ => (string?)null).ToList());
            var denials = merged.Where(m => m.IsDenial).ToList();
            for (var d = 0; d < denials.Count; d++)
            {
                var best = Enumerable.Range(0, targets.Count).Where(t => !paired.Contains(targets[t]))
                    .Select(t => (Index: t, Score: pairVectors.Cosine(targets.Count + d, t)))
                    .OrderByDescending(x => x.Score).FirstOrDefault(x => x.Score >= DeniesClaim);
                if (best.Score >= DeniesClaim)
                {
                    disputes.Add(new Dispute(targets[best.Index], denials[d]));
                    paired.Add(targets[best.Index]);
                    paired.Add(denials[d]);
                }
            }
        }

        var claims = merged.Where(m => !paired.Contains(m)).OrderByDescending(m => m.OutletCount).ToList();
        return (claims, disputes);
    }

    private static bool IsDenial(string kind) => kind.Equals("denial", StringComparison.OrdinalIgnoreCase);

    private static string WithoutDenialWords(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !DenialWords.Contains(w.Trim('.', ',', '"').ToLowerInvariant())));
}
