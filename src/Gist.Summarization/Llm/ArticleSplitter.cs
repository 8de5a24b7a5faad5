using Gist.Summarization.Translation;

namespace Gist.Summarization.Llm;

/// <summary>
/// Splits an article longer than one request's budget into a bounded number of chunks of about equal size,
/// at paragraph, then sentence, then word boundaries. Text beyond <c>maxChunks × maxCharacters</c> is cut at a
/// paragraph first, so the tokens one article can cost stay bounded whatever its length.
/// </summary>
public static class ArticleSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxCharacters, int maxChunks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunks, 1);
        var bounded = ArticleBudget.Fit(text, (int)Math.Min((long)maxCharacters * maxChunks, int.MaxValue));
        if (bounded.Length <= maxCharacters)
        {
            return [bounded];
        }

        // Even chunks (a 25,000-character article in two 12,500s, not 24,000 + 1,000), with a little slack so a
        // boundary search that lands short does not spill a sliver into an extra chunk.
        var count = (int)Math.Ceiling(bounded.Length / (double)maxCharacters);
        var target = Math.Min(maxCharacters, (int)(bounded.Length / (double)count * 1.1) + 1);
        var chunks = TextChunks.Split(bounded, target).Where(c => c.Length > 0).ToList();
        return chunks.Count <= maxChunks
            ? chunks
            : [.. TextChunks.Split(bounded, maxCharacters).Where(c => c.Length > 0).Take(maxChunks)];
    }
}
