using System.IO.Compression;
using Gist.Benchmarks.Support;
using Gist.Extraction.Decoding;

namespace Gist.Benchmarks.Extraction;

/// <summary>The pages of an extraction corpus folder (*.html, *.html.gz), decoded once, in name order.</summary>
public static class ExtractionPages
{
    /// <summary>The benchmark's dev pages beside the repository (../shared), or the repository's own fixture pages.</summary>
    public static string DefaultFolder()
    {
        var shared = Environment.GetEnvironmentVariable("GIST_SHARED") ?? Path.Combine(RepoPaths.Root, "..", "shared");
        var dev = Path.Combine(shared, "corpus", "extraction", "dev");
        return Directory.Exists(dev) ? dev : Path.Combine(RepoPaths.Root, "tests", "Gist.Extraction.Tests", "Fixtures", "newsroom");
    }

    public static IReadOnlyList<(string Id, string Html)> Load(string folder) =>
        [.. Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Gist.Extraction.Batch.BatchExtraction.PageId(f), Read(f)))];

    private static string Read(string file)
    {
        var bytes = File.ReadAllBytes(file);
        if (file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            bytes = plain.ToArray();
        }

        return TextDecoding.Decode(bytes, null, sniffMeta: true);
    }
}
