using System.Globalization;
using FsCheck.Xunit;
using Gist.Rendering.Tests.Support;

namespace Gist.Rendering.Tests;

/// <summary>
/// Issue 5: no message the bot builds is ever refused as "can't parse entities" or "message is too long".
/// Random text of every script, emoji, surrogate pairs, combining marks and stray markup goes through the
/// escaper and the splitter; every part must be sendable and together they must give back the whole text.
/// </summary>
[Properties(Arbitrary = [typeof(Generators)], MaxTest = 300, EndSize = 40)]
public class SplittingProperties
{
    [Property]
    public void Escaped_text_is_valid_html_that_shows_the_text(MessyText text)
    {
        var html = TelegramHtml.Escape(text.Value);
        var check = TelegramHtmlValidator.Check(html);

        Assert.True(check.IsValid, check.Error);
        Assert.Equal(Expected(text.Value), check.VisibleText);
        Assert.Equal(check.VisibleText.Length, TelegramHtml.VisibleLength(html));
    }

    [Property]
    public void Every_part_is_sendable_and_the_parts_give_back_the_whole_text(
        MessyText[] texts, int[] styles, SplitLimit limit)
    {
        var blocks = Blocks(texts, styles);
        var parts = new MessageSplitter(limit.Value).Split(blocks);

        var whole = string.Join("\n\n", blocks.Select(MessageAssert.Visible));
        if (string.IsNullOrWhiteSpace(whole))
        {
            Assert.Empty(parts);
            return;
        }

        MessageAssert.Sendable(parts, limit.Value);
        Assert.All(parts, p => Assert.True(p.Length <= Math.Max(limit.Value * 4, 1024), $"raw length {p.Length}"));
        MessageAssert.Reassemble(parts, whole);
    }

    [Property]
    public void Splits_never_fall_inside_a_grapheme(GraphemeSafeText[] texts, int[] styles, SplitLimit limit)
    {
        // The longest grapheme in the pool is the zalgo letter; below this a split would have to break it.
        var usable = Math.Max(limit.Value, 64);
        var blocks = Blocks(texts.Select(t => new MessyText(t.Value)).ToArray(), styles);
        var parts = new MessageSplitter(usable).Split(blocks);
        var whole = string.Join("\n\n", blocks.Select(MessageAssert.Visible));
        if (string.IsNullOrWhiteSpace(whole))
        {
            return;
        }

        var boundaries = StringInfo.ParseCombiningCharacters(MessageAssert.CollapseWhitespace(whole)).ToHashSet();
        foreach (var start in MessageAssert.Reassemble(parts, whole))
        {
            Assert.True(boundaries.Contains(start), $"part starts inside a grapheme at {start}");
        }
    }

    private static List<string> Blocks(MessyText[] texts, int[] styles)
    {
        var blocks = new List<string>(texts.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            var style = styles.Length == 0 ? i : styles[i % styles.Length];
            var other = texts[(i + 1) % texts.Length].Value;
            blocks.Add(BlockStyles.Apply(style, texts[i]?.Value ?? "", other));
        }

        return blocks;
    }

    /// <summary>What Escape promises to show: the text, with lone surrogates as U+FFFD and controls dropped.</summary>
    private static string Expected(string text)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (c >= ' ' || c is '\t' or '\n' or '\r')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
