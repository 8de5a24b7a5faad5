using System.Globalization;
using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.Core.Text;
using Gist.Rendering.Text;

namespace Gist.Rendering;

/// <summary>
/// The reply to an article: headline, source, summary, the numbered claims with their evidence in the original
/// words, and, for the offline engine, a plain statement that no language model was involved.
/// </summary>
public sealed class SummaryReplyRenderer
{
    /// <summary>Evidence longer than this is shown in an expandable quote so the claims stay easy to scan.</summary>
    public const int ExpandableQuoteThreshold = 250;

    private readonly MessageSplitter splitter;

    public SummaryReplyRenderer(MessageSplitter? splitter = null) => this.splitter = splitter ?? new MessageSplitter();

    /// <summary>Renders the reply as one or more Telegram HTML messages, in order.</summary>
    public IReadOnlyList<string> Render(SummaryResult result, Article article)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(article);
        var offline = result.Engine == SummaryEngine.Offline;
        var blocks = new List<string>(result.Claims.Count + 8) { Header(result, article) };
        if (article.IsPartial)
        {
            blocks.Add(TelegramHtml.Italic(PartialArticleLine));
        }

        if (!string.IsNullOrWhiteSpace(article.ReadingNote))
        {
            blocks.Add(TelegramHtml.Italic(article.ReadingNote.Trim()));
        }

        if (offline)
        {
            blocks.Add(OfflineNotice(result));
        }

        blocks.AddRange(Paragraphs.Escaped(result.Summary));
        AddClaims(blocks, result.Claims, offline);
        if (result.DroppedClaims > 0)
        {
            blocks.Add(TelegramHtml.Italic(DroppedClaimsLine(result.DroppedClaims)));
        }

        var footer = Footer(result);
        if (footer is not null)
        {
            blocks.Add(footer);
        }

        return this.splitter.Split(blocks);
    }

    /// <summary>Shown when the page keeps its full text for subscribers: the reader should know what was read.</summary>
    public const string PartialArticleLine =
        "🔒 The page keeps the full article for subscribers: this covers only the part it shows to everyone.";

    /// <summary>"2 claims were left out because their quoted words are not in the article."</summary>
    public static string DroppedClaimsLine(int dropped) => dropped == 1
        ? "1 claim was left out because its quoted words are not in the article."
        : $"{dropped.ToString(CultureInfo.InvariantCulture)} claims were left out because their quoted words are not in the article.";

    private static string Header(SummaryResult result, Article article)
    {
        var headline = FirstNonBlank(result.Headline, article.Title) ?? "Summary";
        var source = SourceLine.Html(article, result.SourceLanguage);
        return TelegramHtml.Bold(headline) + (source is null ? string.Empty : "\n" + source);
    }

    private static string OfflineNotice(SummaryResult result)
    {
        var language = LanguageNames.NameOf(result.SourceLanguage);
        var inLanguage = language is null ? "" : $" (in {language})";
        if (!string.IsNullOrWhiteSpace(result.FallbackReason))
        {
            // A configured model failed: the reader is told what happened in their terms; the technical reason is in
            // the log (issue 13, item 3).
            return "⚠️ " + TelegramHtml.Escape(result.ModelMayAnswerLater
                ? $"The summarizer is busy right now, so here is a word-for-word extract of the article{inLanguage}. I will replace it with the translated summary when the summarizer is back."
                : $"The summarizer could not write a reliable summary of this article, so here is a word-for-word extract of it{inLanguage}.");
        }

        return "⚠️ " + TelegramHtml.Bold("Untranslated word-for-word extract, made without a language model.") + "\n"
            + TelegramHtml.Escape(
                "The sentences below are taken word for word from the article" + inLanguage
                + ", and the claims are its sentences that quote someone.")
            + "\nFor an English summary with verified claims, configure a model: set "
            + TelegramHtml.Code("Llm__Provider") + ", " + TelegramHtml.Code("Llm__Endpoint") + ", "
            + TelegramHtml.Code("Llm__ApiKey") + " and " + TelegramHtml.Code("Llm__Model") + ".";
    }

    private static void AddClaims(List<string> blocks, IReadOnlyList<Claim> claims, bool offline)
    {
        var heading = TelegramHtml.Bold(offline ? "Attributed statements" : "Claims");
        if (claims.Count == 0)
        {
            blocks.Add(heading + "\n" + TelegramHtml.Italic("No claims with quoted evidence were found."));
            return;
        }

        for (var i = 0; i < claims.Count; i++)
        {
            var claim = ClaimBlock(i + 1, claims[i]);

            // The heading travels with the first claim so it never ends a message on its own.
            blocks.Add(i == 0 ? heading + "\n" + claim : claim);
        }
    }

    private static string ClaimBlock(int number, Claim claim)
    {
        var speaker = FirstNonBlank(claim.Speaker) ?? "the outlet";
        var attribution = Bidi.Isolate(speaker) + (FirstNonBlank(claim.Kind) is { } kind ? " · " + kind : "");
        var evidence = claim.Evidence?.Trim();
        var prefix = number.ToString(CultureInfo.InvariantCulture) + ". ";
        if (!string.IsNullOrEmpty(evidence) && (string.IsNullOrWhiteSpace(claim.Text) || string.Equals(claim.Text.Trim(), evidence, StringComparison.Ordinal)))
        {
            // An untranslated claim is its own evidence: the sentence is quoted once, not printed twice (issue 13, item 4).
            return prefix + TelegramHtml.Italic(attribution) + "\n" + TelegramHtml.Blockquote(evidence, evidence.Length > ExpandableQuoteThreshold);
        }

        var block = prefix + TelegramHtml.Escape(claim.Text?.Trim()) + "\n" + TelegramHtml.Italic("— " + attribution);
        return string.IsNullOrEmpty(evidence)
            ? block
            : block + "\n" + TelegramHtml.Blockquote(evidence, evidence.Length > ExpandableQuoteThreshold);
    }

    private static string? Footer(SummaryResult result)
    {
        if (result.Engine == SummaryEngine.Offline || string.IsNullOrWhiteSpace(result.Model))
        {
            return null;
        }

        // The prompt version is for the operator (logs, --json), not the reader (issue 13, item 7).
        return TelegramHtml.Italic("Summarized by " + result.Model.Trim());
    }

    private static string? FirstNonBlank(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }
}
