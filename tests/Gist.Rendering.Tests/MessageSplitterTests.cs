using Gist.Rendering.Tests.Support;

namespace Gist.Rendering.Tests;

public class MessageSplitterTests
{
    [Fact]
    public void Short_blocks_share_one_message_separated_by_a_blank_line()
    {
        var parts = new MessageSplitter().Split(["<b>Title</b>", "First.", "Second."]);

        Assert.Equal(["<b>Title</b>\n\nFirst.\n\nSecond."], parts);
    }

    [Fact]
    public void A_block_that_does_not_fit_moves_whole_to_the_next_message()
    {
        var block = new string('a', 30);
        var parts = new MessageSplitter(50).Split([block, block, block]);

        Assert.Equal([block, block, block], parts);
    }

    [Fact]
    public void Long_block_is_cut_at_a_blank_line_rather_than_a_later_line_break()
    {
        var block = new string('a', 60) + "\n\n" + new string('b', 30) + "\n" + new string('c', 30);
        var parts = new MessageSplitter(100).Split(block);

        Assert.Equal([new string('a', 60), new string('b', 30) + "\n" + new string('c', 30)], parts);
    }

    [Fact]
    public void Long_paragraph_is_cut_after_a_sentence_rather_than_inside_one()
    {
        var block = "First sentence is here. " + "Second one goes on and on without a stop at all";
        var parts = new MessageSplitter(40).Split(block);

        Assert.Equal("First sentence is here.", parts[0]);
        MessageAssert.Sendable(parts, 40);
    }

    [Fact]
    public void Without_sentences_the_cut_falls_between_words()
    {
        var block = string.Join(' ', Enumerable.Repeat("word", 30));
        var parts = new MessageSplitter(32).Split(block);

        Assert.All(parts, p => Assert.DoesNotContain(p.Split(' '), w => w != "word"));
        MessageAssert.Reassemble(parts, block);
    }

    [Fact]
    public void A_cut_inside_formatting_closes_it_and_opens_it_again_in_the_next_part()
    {
        var block = TelegramHtml.BlockquoteHtml(TelegramHtml.Bold(string.Join(' ', Enumerable.Repeat("quoted words", 20))));
        var parts = new MessageSplitter(100).Split(block);

        Assert.True(parts.Count > 2);
        Assert.All(parts, p =>
        {
            Assert.StartsWith("<blockquote><b>", p);
            Assert.EndsWith("</b></blockquote>", p);
        });
        MessageAssert.Sendable(parts, 100);
    }

    [Fact]
    public void Entities_are_never_cut()
    {
        var block = TelegramHtml.Escape(new string('&', 100) + new string('<', 100));
        var parts = new MessageSplitter(17).Split(block);

        MessageAssert.Sendable(parts, 17);
        Assert.Equal(new string('&', 100) + new string('<', 100), string.Concat(parts.Select(MessageAssert.Visible)));
    }

    [Fact]
    public void Surrogate_pairs_are_never_cut()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 100));
        var parts = new MessageSplitter(17).Split(emoji);

        MessageAssert.Sendable(parts, 17);
        Assert.All(parts.SkipLast(1), p => Assert.Equal(16, p.Length));
        Assert.Equal(8, parts[^1].Length);
        Assert.Equal(emoji, string.Concat(parts));
    }

    [Fact]
    public void A_letter_keeps_its_combining_marks_and_an_emoji_its_modifiers()
    {
        var text = string.Concat(Enumerable.Repeat("e\u0301\u0323", 30)) + string.Concat(Enumerable.Repeat("👍🏽", 20));
        var parts = new MessageSplitter(16).Split(text);

        MessageAssert.Sendable(parts, 16);
        Assert.All(parts, p => Assert.True(p[0] is 'e' or '\uD83D', $"part starts inside a grapheme: {Show.Literal(p)}"));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void A_grapheme_longer_than_a_message_is_cut_between_code_points_as_a_last_resort()
    {
        var zalgo = "e" + new string('\u0301', 100);
        var parts = new MessageSplitter(16).Split(zalgo);

        MessageAssert.Sendable(parts, 16);
        Assert.Equal(zalgo, string.Concat(parts));
    }

    [Fact]
    public void Arabic_paragraph_of_20000_characters_without_newlines_is_cut_at_sentence_ends()
    {
        var paragraph = Fixtures.ArabicParagraph(20_000);
        Assert.DoesNotContain('\n', paragraph);

        var parts = new MessageSplitter().Split(TelegramHtml.Escape(paragraph));

        MessageAssert.Sendable(parts);
        Assert.InRange(parts.Count, 5, 8);
        var starts = MessageAssert.Reassemble(parts, paragraph);
        foreach (var start in starts.Skip(1))
        {
            Assert.True(char.IsWhiteSpace(paragraph[start - 1]), $"cut inside a word at {start}");
        }

        Assert.All(parts.SkipLast(1), p => Assert.True(TelegramHtml.VisibleLength(p) > 2048, "part less than half full"));
        Assert.All(parts.SkipLast(1), p => Assert.Matches("[.”؟!]$", p));
    }

    [Fact]
    public void Arabic_text_without_any_space_is_cut_between_letters_and_fills_every_message()
    {
        var letters = string.Concat(Enumerable.Repeat("بلينكن", 2000));
        var parts = new MessageSplitter().Split(letters);

        MessageAssert.Sendable(parts);
        Assert.Equal([4096, 4096, 3808], parts.Select(p => p.Length));
    }

    [Fact]
    public void Mixed_direction_text_with_emoji_survives_cuts_at_every_kind_of_boundary()
    {
        var text = "Blinken said: «نحن نشارك كوريا الجنوبية مخاوفها» 😀 — then (in English) he left. "
            + "قال بلينكن 👨‍👩‍👧 Seoul, 9 November.\n";
        var whole = string.Concat(Enumerable.Repeat(text, 40));
        foreach (var limit in new[] { 16, 23, 64, 200, 1024 })
        {
            var parts = new MessageSplitter(limit).Split(TelegramHtml.Italic(whole));
            MessageAssert.Sendable(parts, limit);
            MessageAssert.Reassemble(parts, whole);
        }
    }

    [Fact]
    public void A_nearly_empty_message_takes_the_start_of_a_long_block()
    {
        var parts = new MessageSplitter(100).Split(["<b>Headline</b>", string.Join(' ', Enumerable.Repeat("word", 60))]);

        Assert.StartsWith("<b>Headline</b>\n\nword word", parts[0]);
        MessageAssert.Sendable(parts, 100);
    }

    [Fact]
    public void Caption_limit_is_respected()
    {
        var parts = new MessageSplitter(TelegramHtml.CaptionLimit).Split(TelegramHtml.Escape(Fixtures.ArabicParagraph(5000)));

        MessageAssert.Sendable(parts, TelegramHtml.CaptionLimit);
        Assert.InRange(parts.Count, 5, 6);
    }

    [Fact]
    public void Blank_blocks_are_skipped_and_no_text_gives_no_messages()
    {
        var splitter = new MessageSplitter();

        Assert.Empty(splitter.Split(["", "   ", "\n\n", "<b> </b>"]));
        Assert.Equal(["x"], splitter.Split(["", "x", " \n "]));
    }

    [Fact]
    public void Whitespace_at_a_cut_is_not_carried_into_either_part()
    {
        var block = new string('a', 10) + "\n\n\n\n    " + new string('b', 10);
        var parts = new MessageSplitter(16).Split(block);

        Assert.Equal([new string('a', 10), new string('b', 10)], parts);
    }

    [Theory]
    [InlineData("<b>unclosed")]
    [InlineData("closed</i>")]
    [InlineData("a < b")]
    [InlineData("a & b")]
    [InlineData("<script>x</script>")]
    [InlineData("<b><i>x</b></i>")]
    public void A_block_that_is_not_balanced_telegram_html_is_refused(string block)
    {
        Assert.Throws<ArgumentException>(() => new MessageSplitter().Split(block));
    }

    [Fact]
    public void A_limit_too_small_to_hold_text_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MessageSplitter(MessageSplitter.MinimumLimit - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MessageSplitter(100, rawLimit: 99));
    }
}
