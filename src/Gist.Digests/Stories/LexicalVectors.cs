using Gist.Summarization.Text;

namespace Gist.Digests.Stories;

/// <summary>
/// TF-IDF vectors over the documents of one batch, cosine-compared: the text signal when the provider offers no
/// embeddings. Terms come from the shared multilingual term extractor (normalized, stop words removed, lightly
/// stemmed: Arabic prefixes and suffixes, English plurals), so it works on untranslated Arabic text too.
/// </summary>
public sealed class LexicalVectors
{
    private readonly List<Dictionary<string, double>> vectors;

    public LexicalVectors(IReadOnlyList<string> documents, IReadOnlyList<string?> languages)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(languages);
        var counts = documents.Select((d, i) => Count(d, i < languages.Count ? languages[i] : null)).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in counts.SelectMany(c => c.Keys))
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        var n = documents.Count;
        vectors = counts.Select(c =>
        {
            var vector = c.ToDictionary(t => t.Key, t => (1 + Math.Log(t.Value)) * Math.Log(1 + (double)n / documentFrequency[t.Key]), StringComparer.Ordinal);
            var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
            return norm == 0 ? vector : vector.ToDictionary(t => t.Key, t => t.Value / norm, StringComparer.Ordinal);
        }).ToList();
    }

    public double Cosine(int a, int b)
    {
        var (small, large) = vectors[a].Count <= vectors[b].Count ? (vectors[a], vectors[b]) : (vectors[b], vectors[a]);
        return small.Sum(t => large.TryGetValue(t.Key, out var w) ? t.Value * w : 0);
    }

    public static Dictionary<string, int> Count(string text, string? language)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in TermExtractor.Terms(text ?? "", StopWords.For(language)))
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        return counts;
    }
}
