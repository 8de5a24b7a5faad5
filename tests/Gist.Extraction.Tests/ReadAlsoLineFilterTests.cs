using System.Buffers;
using System.Text;
using Gist.Extraction.Extraction;

namespace Gist.Extraction.Tests;

/// <summary>The cheap test that spares most blocks of a page the folding of <see cref="ReadAlsoLines"/>.</summary>
public class ReadAlsoLineFilterTests
{
    private static readonly string LongLine = new('a', 80);
    private static readonly SearchValues<char> Separators = SearchValues.Create(":-–—|»>");

    [Fact]
    public void Every_character_that_folds_to_a_separator_after_a_lead_in_lets_a_long_line_through()
    {
        var missing = new List<string>();
        for (var code = 0; code <= 0xFFFF; code++)
        {
            if (code is >= 0xD800 and <= 0xDFFF or 0xFFFE)
            {
                continue;
            }

            var c = (char)code;
            var folded = c.ToString().Normalize(NormalizationForm.FormKC);
            if (folded.AsSpan().ContainsAny(Separators) && !ReadAlsoLines.MayBeLeadInLine("Read also" + c + LongLine))
            {
                missing.Add($"U+{code:X4}");
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("Read also")]
    [InlineData("  Related stories ")]
    [InlineData("مقالات ذات صلة")]
    [InlineData("More from The Daily Example Newsroom")]
    [InlineData("Read also: Ministers meet again")]
    public void Lines_that_can_be_a_lead_in_go_on_to_folding(string line) => Assert.True(ReadAlsoLines.MayBeLeadInLine(line));

    [Theory]
    [InlineData("The minister said on Tuesday that talks would resume next week in Geneva")]
    [InlineData("وقال الوزير إن المحادثات ستستأنف الأسبوع المقبل في جنيف بحضور الوفدين")]
    [InlineData("The talks in Geneva, the minister said on Tuesday, will resume at 10:30 - officials agree")]
    public void Long_lines_without_a_separator_are_not_lead_in_lines(string line)
    {
        Assert.False(ReadAlsoLines.MayBeLeadInLine(line));
        Assert.False(ReadAlsoLines.IsReadAlso(line, line.Length));
    }

    [Fact]
    public void A_page_with_a_byte_swapped_byte_order_mark_in_a_short_block_is_extracted()
    {
        var prose = string.Concat(Enumerable.Repeat("The minister said talks would resume next week in Geneva, officials said. ", 10));
        var html = $"<html><body><article><p>{prose}</p><p>Read also: <a href=\"/other\">x\uFFFE y</a></p><p>{prose}</p></article></body></html>";

        var article = new ArticleExtractor().Extract(html);

        Assert.StartsWith("The minister said", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Read also", article.Text, StringComparison.Ordinal);
    }
}
