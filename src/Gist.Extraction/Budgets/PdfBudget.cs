using Gist.Extraction.Budgets.PdfFilters;

namespace Gist.Extraction.Budgets;

/// <summary>
/// Measures a PDF before the PDF reader opens it: every stream (ISO 32000-1 §7.3.8) but images (which reading text
/// never decodes) is decoded through its filters (Flate, LZW, ASCII85, hex, run length; <see cref="PdfFilterChain"/>)
/// a block at a time and thrown away while its decoded bytes and its text-showing
/// operators (Tj, TJ, ', "; §9.4.3) are counted, stopping at the first limit passed. A 1 MB file whose one Flate stream expands to 1 GiB, or whose content holds
/// millions of operators, is refused in well under a second with a few KB of memory, instead of being decoded whole.
/// </summary>
public static class PdfBudget
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();

    /// <exception cref="Core.Articles.ArticleUnavailableException">Past <see cref="ParsingOptions.MaxPdfDecodedBytes"/> or <see cref="ParsingOptions.MaxPdfTextOperators"/>.</exception>
    public static void Check(byte[] pdf, ParsingOptions limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(limits);
        var operators = 0;
        long decoded = 0;
        var span = pdf.AsSpan();
        var at = 0;
        while (true)
        {
            var found = span[at..].IndexOf(StreamKeyword);
            if (found < 0)
            {
                return;
            }

            var keyword = at + found;
            at = keyword + StreamKeyword.Length;
            if (keyword >= 3 && span[(keyword - 3)..keyword].SequenceEqual("end"u8))
            {
                continue;
            }

            var start = DataStart(span, at);
            if (start < 0)
            {
                continue;
            }

            var length = span[start..].IndexOf(EndStreamKeyword);
            var end = length < 0 ? span.Length : start + length;
            var dictionary = Dictionary(span, keyword);
            if (!IsImage(dictionary))
            {
                decoded += Measure(pdf, start, end - start, dictionary, ref operators, limits, decoded, cancellationToken);
            }

            at = end;
        }
    }

    /// <summary>The stream's data begins after "stream" and its end of line (CRLF or LF, §7.3.8.1).</summary>
    private static int DataStart(ReadOnlySpan<byte> pdf, int afterKeyword)
    {
        if (afterKeyword < pdf.Length && pdf[afterKeyword] == '\n')
        {
            return afterKeyword + 1;
        }

        return afterKeyword + 1 < pdf.Length && pdf[afterKeyword] == '\r' && pdf[afterKeyword + 1] == '\n' ? afterKeyword + 2 : -1;
    }

    /// <summary>The stream's dictionary: what lies between its "obj" and "stream" (within 2 KB).</summary>
    private static ReadOnlySpan<byte> Dictionary(ReadOnlySpan<byte> pdf, int keyword)
    {
        var window = pdf[Math.Max(0, keyword - 2048)..keyword];
        var obj = window.LastIndexOf("obj"u8);
        return obj < 0 ? window : window[obj..];
    }

    private static bool IsImage(ReadOnlySpan<byte> dictionary) => dictionary.IndexOf("/Image"u8) >= 0 && dictionary.IndexOf("/Subtype"u8) >= 0;

    private static long Measure(byte[] pdf, int start, int length, ReadOnlySpan<byte> dictionary, ref int operators, ParsingOptions limits, long decodedSoFar, CancellationToken cancellationToken)
    {
        long total = 0;
        var buffer = new byte[64 * 1024];
        try
        {
            using var decoder = PdfFilterChain.Open(pdf, start, length, dictionary);
            int read;
            while ((read = decoder.Read(buffer)) > 0)
            {
                total += read;
                if (decodedSoFar + total > limits.MaxPdfDecodedBytes)
                {
                    throw TooComplex.Error(TooComplex.File, $"its streams expand beyond {limits.MaxPdfDecodedBytes / (1024 * 1024)} MB");
                }

                Count(buffer.AsSpan(0, read), ref operators, limits);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (InvalidDataException)
        {
            // A damaged stream: the PDF reader decides what to make of it (it stops where the data breaks, as here).
        }

        if (total == 0)
        {
            // Nothing decoded (a filter that did not fit the data): the raw bytes still count.
            Count(pdf.AsSpan(start, length), ref operators, limits);
            return length;
        }

        return total;
    }

    private static void Count(ReadOnlySpan<byte> data, ref int operators, ParsingOptions limits)
    {
        operators += OperatorCounter.Count(data);
        if (operators > limits.MaxPdfTextOperators)
        {
            throw TooComplex.Error(TooComplex.File, $"more than {limits.MaxPdfTextOperators:N0} pieces of text");
        }
    }
}
