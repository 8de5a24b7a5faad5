using Gist.Rendering.Text;

namespace Gist.Rendering;

/// <summary>The answer to a follow-up question about an article, grounded in the article's own words.</summary>
public sealed class AnswerRenderer
{
    public const string NotInArticle = "The article does not say.";

    private readonly MessageSplitter splitter;

    public AnswerRenderer(MessageSplitter? splitter = null) => this.splitter = splitter ?? new MessageSplitter();

    /// <param name="answer">The model's answer.</param>
    /// <param name="foundInArticle">False when the article holds no answer: the reply then leads with <see cref="NotInArticle"/>.</param>
    /// <param name="quotes">Passages of the article the answer rests on, in the original language.</param>
    public IReadOnlyList<string> Render(string answer, bool foundInArticle, IReadOnlyList<string> quotes)
    {
        var blocks = new List<string>();
        var paragraphs = Paragraphs.Escaped(answer).ToList();
        var quoteBlocks = Quotes(quotes);
        var found = foundInArticle && (paragraphs.Count > 0 || quoteBlocks.Count > 0);
        if (!found)
        {
            blocks.Add(TelegramHtml.Bold(NotInArticle));

            // The model often restates the verdict; say it once.
            paragraphs.RemoveAll(p => p.Trim().Equals(NotInArticle, StringComparison.OrdinalIgnoreCase));
        }

        blocks.AddRange(paragraphs);
        if (quoteBlocks.Count > 0)
        {
            blocks.Add(TelegramHtml.Italic(found ? "From the article:" : "The closest passages in the article:"));
            blocks.AddRange(quoteBlocks);
        }

        return this.splitter.Split(blocks);
    }

    private static List<string> Quotes(IReadOnlyList<string>? quotes)
    {
        var blocks = new List<string>();
        foreach (var quote in quotes ?? [])
        {
            var text = quote?.Trim();
            if (!string.IsNullOrEmpty(text))
            {
                blocks.Add(TelegramHtml.Blockquote(text, text.Length > SummaryReplyRenderer.ExpandableQuoteThreshold));
            }
        }

        return blocks;
    }
}
