using System.Text.RegularExpressions;

namespace Gist.Testing.OpenAi;

/// <summary>Deterministic embeddings for tests: a hashed bag of words (FNV-1a of each lower-cased word picks a
/// dimension and a sign), L2-normalized. Texts that share words get a high cosine similarity, unrelated texts
/// about zero — enough for clustering tests, with no model.</summary>
public static partial class HashedEmbedding
{
    public static float[] Embed(string text, int dimensions = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        var vector = new float[dimensions];
        foreach (Match word in Words().Matches(text))
        {
            var hash = Fnv1a(word.Value.ToLowerInvariant());
            vector[(int)(hash % (ulong)dimensions)] += (hash >> 63) == 0 ? 1f : -1f;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm == 0)
        {
            // An empty text still gets a unit vector, so cosine similarity stays defined.
            vector[0] = 1;
            return vector;
        }

        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= norm;
        }

        return vector;
    }

    public static double Cosine(float[] a, float[] b)
    {
        double dot = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }

    private static ulong Fnv1a(string word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Words();
}
