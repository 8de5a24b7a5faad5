using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using Gist.Extraction.Decoding;
using Gist.Extraction.Extraction;

namespace Gist.Extraction.Batch;

/// <summary>
/// `gist extract --batch &lt;in&gt; --out &lt;out&gt;`: every *.html and *.html.gz directly in the input folder →
/// &lt;out&gt;/&lt;id&gt;.txt holding the body text only (id = file name without .html/.html.gz). Pages run in
/// parallel on all cores; a page that fails still gets an (empty) file and is listed in the report.
/// </summary>
public sealed class BatchExtraction(ArticleExtractor extractor)
{
    public Task<BatchExtractionReport> RunAsync(string inputFolder, string outputFolder, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        Directory.CreateDirectory(outputFolder);
        var files = Directory.EnumerateFiles(inputFolder)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            .Select(f => new FileInfo(f))
            .OrderByDescending(f => f.Length)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => f.FullName)
            .ToArray();
        var errors = new ConcurrentBag<string>();
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        // Largest pages first and one page at a time per core: the run then ends with small pages on both cores
        // instead of one core finishing a large chunk alone.
        Parallel.ForEach(Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering), options, file =>
        {
            var id = PageId(file);
            var text = string.Empty;
            try
            {
                text = extractor.Extract(ReadHtml(file)).Text;
                if (text.Length == 0)
                {
                    // An empty body is a failure to report, not a result: the page (or its gzip) held no article text.
                    errors.Add($"{id}: no article text found");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                errors.Add($"{id}: {ex.Message}");
            }

            File.WriteAllText(Path.Combine(outputFolder, id + ".txt"), text);
        });

        return Task.FromResult(new BatchExtractionReport(files.Length, errors.Count, started.Elapsed, errors.Order(StringComparer.Ordinal).ToArray()));
    }

    public static string PageId(string file)
    {
        var name = Path.GetFileName(file);
        foreach (var suffix in (string[])[".html.gz", ".html"])
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static string ReadHtml(string file)
    {
        var bytes = File.ReadAllBytes(file);
        if (!file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return TextDecoding.Decode(bytes, null, sniffMeta: true);
        }

        // Inflated into one pooled buffer of the size the gzip trailer gives (ISIZE, RFC 1952 §2.3.1) rather than a
        // growing MemoryStream and its copy: large pages otherwise allocate several large-object-heap arrays each,
        // and every few of those cost a full collection while both cores wait.
        var expected = bytes.Length >= 18 ? BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bytes.Length - 4)) : 0;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(expected, 4096) + 1);
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            var length = 0;
            int read;
            while ((read = gzip.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    // The trailer was wrong (several members, or over 4 GB): grow like a list would.
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return TextDecoding.Decode(buffer.AsSpan(0, length), null, sniffMeta: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
