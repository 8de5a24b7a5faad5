using FsCheck.Xunit;
using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.Rendering.Tests.Support;

namespace Gist.Rendering.Tests;

/// <summary>
/// Whatever the model or the article says, every message the renderers build is sendable and shows the text:
/// headline, summary, claims, speakers, evidence, translations and answers arrive escaped and whole.
/// </summary>
[Properties(Arbitrary = [typeof(Generators)], MaxTest = 150, EndSize = 30)]
public class RendererProperties
{
    private static readonly SummaryReplyRenderer Summaries = new();
    private static readonly TranslationRenderer Translations = new();
    private static readonly AnswerRenderer Answers = new();

    [Property]
    public void Summary_replies_are_sendable_and_show_every_claim(
        MessyText headline, MessyText summary, MessyText[] claimTexts, MessyText source, bool offline, int dropped)
    {
        var claims = claimTexts
            .Select((t, i) => new Claim(t.Value, claimTexts[(i + 1) % claimTexts.Length].Value, "statement", t.Value))
            .ToList();
        var result = new SummaryResult
        {
            Headline = headline.Value,
            Summary = summary.Value,
            Claims = claims,
            SourceLanguage = source.Value.Length > 12 ? source.Value[..12] : source.Value,
            Engine = offline ? SummaryEngine.Offline : SummaryEngine.Llm,
            DroppedClaims = Math.Abs(dropped % 5),
            FallbackReason = offline ? source.Value : null,
            Model = source.Value,
        };
        var article = new Article { Text = "x", Source = source.Value, Url = "https://example.com/?q=" + Uri.EscapeDataString(source.Value) };

        var parts = Summaries.Render(result, article);

        MessageAssert.Sendable(parts);
        var shown = MessageAssert.WithoutWhitespace(string.Concat(parts.Select(MessageAssert.Visible)));
        Assert.All(claims, c => Assert.Contains(MessageAssert.WithoutWhitespace(Shown(c.Text)), shown, StringComparison.Ordinal));
        Assert.Contains(MessageAssert.WithoutWhitespace(Shown(summary.Value)), shown, StringComparison.Ordinal);
    }

    [Property]
    public void Translations_are_sendable_and_lose_no_text(MessyText translation, MessyText title)
    {
        var parts = Translations.Render(translation.Value, new Article { Text = "x", Title = title.Value }, "en");

        MessageAssert.Sendable(parts);
        // Each part of several starts with its "(n/total)" line; the text is what follows it.
        var texts = parts.Select((p, i) =>
        {
            var visible = MessageAssert.Visible(p);
            var marker = parts.Count == 1 ? "" : $"({i + 1}/{parts.Count})\n";
            Assert.StartsWith(marker, visible, StringComparison.Ordinal);
            return visible[marker.Length..];
        });
        var shown = MessageAssert.WithoutWhitespace(string.Concat(texts));
        Assert.Contains(MessageAssert.WithoutWhitespace(Shown(translation.Value)), shown, StringComparison.Ordinal);
    }

    [Property]
    public void Answers_are_sendable(MessyText answer, bool found, MessyText[] quotes)
    {
        var parts = Answers.Render(answer.Value, found, quotes.Select(q => q.Value).ToList());

        MessageAssert.Sendable(parts);
    }

    // Ordinal comparisons throughout: xunit's string Contains is culture-sensitive by default, and ICU treats
    // unassigned and ignorable code points specially.

    /// <summary>What a text looks like once escaped and shown: lone surrogates replaced, controls dropped.</summary>
    private static string Shown(string text) => MessageAssert.Visible(TelegramHtml.Escape(text));
}
