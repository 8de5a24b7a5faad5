using Gist.Core.Articles;
using Gist.Summarization.Verification;

namespace Gist.Summarization.Gate;

/// <summary>
/// What a model text is checked against: the texts the model was given (the article, a question, a digest's item
/// summaries). An address in the model's text is shown as a link only when one of these has it; quoted words count
/// as the source's own only when it contains them. Transcriptions of images and audio, whose source is not text,
/// use <see cref="None"/> (or the text an OCR engine read, when there is one): then no address vouches for itself.
/// </summary>
public sealed class ModelTextSource
{
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> hosts = new(StringComparer.Ordinal);
    private readonly Lazy<NormalizedSource> normalized;

    private ModelTextSource(string text)
    {
        Text = text;
        foreach (var match in Addresses.Find(text))
        {
            var key = Addresses.Key(match.Value);
            keys.Add(key);
            hosts.Add(Addresses.Host(key));
        }

        normalized = new Lazy<NormalizedSource>(() => NormalizedSource.Of(text));
    }

    /// <summary>Nothing to compare with: every address is defanged, every quotation unverified.</summary>
    public static ModelTextSource None { get; } = new("");

    /// <summary>The texts, joined by line breaks.</summary>
    public string Text { get; }

    /// <summary>The source normalized for quotation checks (built on first use).</summary>
    public NormalizedSource Normalized => normalized.Value;

    public static ModelTextSource Of(params IEnumerable<string?> texts) =>
        new(string.Join('\n', texts.Where(t => !string.IsNullOrWhiteSpace(t))));

    /// <summary>The article's title, text, address and outlet name.</summary>
    public static ModelTextSource Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Of(article.Title, article.Text, article.Url, article.Source);
    }

    /// <summary>
    /// True when the source has the address: the same address (scheme, "www." and a final slash aside), the same
    /// words verbatim, or — for an address that is only a domain — a source address on that domain.
    /// </summary>
    public bool Has(string address)
    {
        var key = Addresses.Key(address);
        if (key.Length == 0 || keys.Contains(key) || Text.Contains(Addresses.Trim(address), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return Addresses.Host(key) == key && hosts.Contains(key);
    }
}
