using Microsoft.Extensions.Options;

namespace Gist.Extraction.Budgets;

/// <summary>Refuses markup beyond <see cref="ParsingOptions.MaxHtmlElements"/> or <see cref="ParsingOptions.MaxHtmlDepth"/> before it is parsed.</summary>
public sealed class MarkupBudget(IOptions<ParsingOptions> options)
{
    public MarkupBudget(ParsingOptions options)
        : this(Options.Create(options))
    {
    }

    /// <exception cref="Core.Articles.ArticleUnavailableException">Too many elements, or nested too deep (reason TooComplex).</exception>
    public void Check(ReadOnlySpan<char> html, string message)
    {
        var limits = options.Value;
        var shape = MarkupScanner.Measure(html, limits.MaxHtmlElements, limits.MaxHtmlDepth);
        if (shape.Depth > limits.MaxHtmlDepth)
        {
            throw TooComplex.Error(message, $"elements nested more than {limits.MaxHtmlDepth} deep");
        }

        if (shape.Elements > limits.MaxHtmlElements)
        {
            throw TooComplex.Error(message, $"more than {limits.MaxHtmlElements:N0} elements");
        }
    }

    /// <summary>The markup cut before the first tag past the budget, or null when it is within it (feed descriptions: a teaser needs no more).</summary>
    public static string? Truncated(string html, int maxElements, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var shape = MarkupScanner.Measure(html, maxElements, maxDepth);
        if (shape.Elements <= maxElements && shape.Depth <= maxDepth)
        {
            return null;
        }

        var cut = MarkupScanner.CutPoint(html, maxElements, maxDepth);
        return html[..cut];
    }
}
