using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Gist.Digests.Stories;

/// <summary>
/// Pairwise text similarity of a batch of items: embeddings through <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/>
/// when the provider offers them, TF-IDF cosine otherwise (or when the embedding call fails).
/// </summary>
public sealed class TextSimilarity(IEmbeddingGenerator<string, Embedding<float>>? embeddings, ILogger<TextSimilarity> logger)
{
    /// <summary>The similarity matrix, and which method made it ("embeddings" or "lexical").</summary>
    public async Task<(double[,] Matrix, string Method)> ComputeAsync(IReadOnlyList<StoryItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var texts = items.Select(i => i.SimilarityText).ToList();
        if (embeddings is not null && items.Count > 1)
        {
            try
            {
                var vectors = await embeddings.GenerateAsync(texts, cancellationToken: cancellationToken);
                if (vectors.Count == items.Count)
                {
                    return (Matrix(items.Count, (a, b) => Cosine(vectors[a].Vector.Span, vectors[b].Vector.Span)), "embeddings");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Embeddings failed; clustering on the lexical similarity instead");
            }
        }

        var lexical = new LexicalVectors(texts, items.Select(i => (string?)i.Summary.OutputLanguage).ToList());
        return (Matrix(items.Count, lexical.Cosine), "lexical");
    }

    private static double[,] Matrix(int n, Func<int, int, double> similarity)
    {
        var matrix = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            matrix[a, a] = 1;
            for (var b = a + 1; b < n; b++)
            {
                matrix[a, b] = matrix[b, a] = Math.Clamp(similarity(a, b), 0, 1);
            }
        }

        return matrix;
    }

    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            return 0;
        }

        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
