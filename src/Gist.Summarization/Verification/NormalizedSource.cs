using Gist.Core.Articles;
using Gist.Summarization.Text;

namespace Gist.Summarization.Verification;

/// <summary>
/// A source text normalized once (<see cref="EvidenceNormalizer.ToKey"/>), to check any number of evidence
/// spans against it.
/// </summary>
public sealed class NormalizedSource
{
    /// <summary>Joins parts (title and body) so that no evidence can match across the seam: keys hold no '|'.</summary>
    private const char PartSeparator = '|';

    private NormalizedSource(string key) => Key = key;

    /// <summary>The comparison key of the whole source.</summary>
    public string Key { get; }

    public static NormalizedSource Of(string text) => new(EvidenceNormalizer.ToKey(text));

    /// <summary>The article's title and body: a model may quote either.</summary>
    public static NormalizedSource Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return string.IsNullOrWhiteSpace(article.Title)
            ? Of(article.Text)
            : new NormalizedSource(EvidenceNormalizer.ToKey(article.Title) + PartSeparator + EvidenceNormalizer.ToKey(article.Text));
    }

    /// <summary>Where <paramref name="pieceKey"/> occurs at or after <paramref name="start"/>, or -1.</summary>
    public int IndexOf(string pieceKey, int start) => Key.IndexOf(pieceKey, start, StringComparison.Ordinal);
}
