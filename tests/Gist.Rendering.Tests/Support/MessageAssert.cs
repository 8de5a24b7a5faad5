namespace Gist.Rendering.Tests.Support;

/// <summary>Assertions every message the bot sends must pass, stated once.</summary>
public static class MessageAssert
{
    /// <summary>Valid Telegram HTML on its own, not blank, within the limit, and measured alike by both parsers.</summary>
    public static void Sendable(IReadOnlyList<string> parts, int limit = TelegramHtml.MessageLimit)
    {
        Assert.NotEmpty(parts);
        foreach (var part in parts)
        {
            var check = TelegramHtmlValidator.Check(part);
            Assert.True(check.IsValid, check.Error);
            Assert.False(string.IsNullOrWhiteSpace(check.VisibleText), $"blank part: [{part}]");
            Assert.True(check.VisibleText.Length <= limit, $"visible length {check.VisibleText.Length} > {limit}");
            Assert.Equal(check.VisibleText.Length, TelegramHtml.VisibleLength(part));
        }
    }

    /// <summary>The text Telegram shows for valid HTML.</summary>
    public static string Visible(string html)
    {
        var check = TelegramHtmlValidator.Check(html);
        Assert.True(check.IsValid, check.Error);
        return check.VisibleText;
    }

    /// <summary>
    /// The parts' texts, in order, are the whole text with nothing lost, added or moved: only whitespace may
    /// differ where the text was cut (a run of it may shrink, or vanish between two parts). Returns where each
    /// part starts in the whole, as an offset in the whole with its whitespace runs collapsed to one space.
    /// </summary>
    public static List<int> Reassemble(IReadOnlyList<string> parts, string wholeVisible)
    {
        wholeVisible = CollapseWhitespace(wholeVisible);
        var starts = new List<int>();
        var position = 0;
        foreach (var part in parts)
        {
            var text = CollapseWhitespace(Visible(part)).Trim();
            while (position < wholeVisible.Length && char.IsWhiteSpace(wholeVisible[position]))
            {
                position++;
            }

            starts.Add(position);
            var found = string.CompareOrdinal(wholeVisible, position, text, 0, text.Length) == 0
                && position + text.Length <= wholeVisible.Length;
            Assert.True(found, $"part {starts.Count} does not continue the text at {position}: [{text[..Math.Min(40, text.Length)]}]");
            position += text.Length;
        }

        Assert.True(wholeVisible.AsSpan(position).IsWhiteSpace(), $"text after {position} was lost");
        return starts;
    }

    /// <summary>Every run of whitespace as one space.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) { builder.Append(c); }
            else if (builder.Length == 0 || builder[^1] != ' ') { builder.Append(' '); }
        }

        return builder.ToString();
    }

    /// <summary>Text with all whitespace removed, to compare content across split points.</summary>
    public static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
