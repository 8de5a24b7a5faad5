using System.ComponentModel.DataAnnotations;

namespace Gist.Extraction.Budgets;

/// <summary>
/// Configuration section "Parsing": the budget every parse of untrusted bytes (pages, files, feeds) works within.
/// Checked before or during the work, never after; past it the user hears that the content is too complex.
/// </summary>
public sealed class ParsingOptions
{
    public const string SectionName = "Parsing";

    /// <summary>Longest one parse may take before the user is answered "too complex".</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Parses run at once, apart from the receiving loop (default: one core left free for everything else).</summary>
    [Range(1, 64)]
    public int MaxConcurrent { get; set; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Start tags in one page (the largest page of the extraction corpus has about 1,600).</summary>
    [Range(100, 1_000_000)]
    public int MaxHtmlElements { get; set; } = 10_000;

    /// <summary>Elements left open inside one another (real pages: under 50; Blink's parser caps at 512).</summary>
    [Range(16, 10_000)]
    public int MaxHtmlDepth { get; set; } = 512;

    /// <summary>Pages of a PDF read at most (the rest is left out and the article marked partial).</summary>
    [Range(1, 10_000)]
    public int MaxPdfPages { get; set; } = 200;

    /// <summary>Bytes all of a PDF's streams may expand to (a zip bomb is refused while it is being measured).</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxPdfDecodedBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>Text-showing operators (Tj, TJ, ', ") in a whole PDF: each costs the PDF reader about 1 KB while its page is read.</summary>
    [Range(1000, 100_000_000)]
    public int MaxPdfTextOperators { get; set; } = 300_000;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}
