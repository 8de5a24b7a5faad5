using System.Text.Json;
using AngleSharp.Html.Parser;
using Gist.Extraction.Extraction;

namespace Gist.Extraction.Tests;

/// <summary>
/// False-positive guards of the general rules: real prose (the five Arabic sample articles and the hand-made ground
/// truth of the benchmark pages kept as fixtures) passes through every text rule unchanged, and the sentences that
/// look most like each rule's target stay.
/// </summary>
public class GeneralRuleGuardTests
{
    public static TheoryData<string> RealProse => new(
        Directory.GetFiles(Fixture.PathOf("samples"), "*.txt").Select(f => "samples/" + Path.GetFileName(f))
            .Concat(Directory.GetFiles(Fixture.PathOf(""), "*.json").Select(Path.GetFileName)!)
            .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(RealProse))]
    public void Real_prose_passes_every_text_rule_unchanged(string file)
    {
        var text = file.EndsWith(".json", StringComparison.Ordinal)
            ? JsonDocument.Parse(Fixture.Text(file)).RootElement.GetProperty("articleBody").GetString()!
            : Fixture.Text(file);
        var lines = string.Join('\n', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

        Assert.Equal(lines, LabelLines.Remove(lines));
        Assert.Equal(lines, ExcerptLists.Remove(lines));
        Assert.Equal(lines, AfterTheEnd.Trim(lines));
    }

    [Fact]
    public void A_refrain_repeated_three_times_is_not_a_share_row()
    {
        const string poem = "The river rose before the dawn\nWe shall not be moved\nThe fields were lost, the road was gone\nWe shall not be moved\nAnd still the village held its ground…\nWe shall not be moved\nThey sang until the water fell…";

        Assert.Equal(poem, ExcerptLists.Remove(poem));
    }

    [Fact]
    public void Excerpts_after_a_post_go_with_their_share_rows()
    {
        const string page = "The council approved the budget on Monday.\nIt takes effect in March.\nWhatsapp Facebook Pint\n" +
                            "Storm closes schools across the region as rivers burst their banks after a week of heavy rain and…\nWhatsapp Facebook Pint\n" +
                            "Prices rise for a third month in a row, the statistics office said on Friday in a report that…\nWhatsapp Facebook Pint";

        Assert.Equal("The council approved the budget on Monday.\nIt takes effect in March.", ExcerptLists.Remove(page));
    }

    [Theory]
    [InlineData("By Tuesday, the talks had failed.")]
    [InlineData("By the end of 2025 the company expects to ship 8,000 robots a year.")]
    [InlineData("By contrast, exports grew")]
    [InlineData("(The figures were revised later.)")]
    [InlineData("❝")]
    public void Sentences_and_quote_marks_are_not_labels(string line) => Assert.False(LabelLines.IsLabel(line, 0));

    [Theory]
    [InlineData("By Jane Doe and John Roe | April 11, 2024")]
    [InlineData("By JANE DOE, Associated Press")]
    [InlineData("By Maria Lopez")]
    [InlineData("[Source: Reuters]")]
    [InlineData("(AFP)")]
    [InlineData("（来源：新华社）")]
    public void Bylines_and_source_labels_are_labels(string line) => Assert.True(LabelLines.IsLabel(line, 0));

    [Fact]
    public void A_byline_deep_in_the_story_is_left_alone() => Assert.False(LabelLines.IsLabel("By Maria Lopez", 5));

    [Fact]
    public void A_story_that_ends_by_describing_a_company_keeps_that_sentence()
    {
        const string story = "Hospitals in Zurich ordered new phones.\nThe contract is worth 20 million francs.\nDeliveries start in May.\nAscom is a Swiss provider of hospital communication systems.";

        Assert.Equal(story, AfterTheEnd.Trim(story));
    }

    [Fact]
    public void A_company_profile_with_its_facts_after_the_story_goes_with_its_copyright_line()
    {
        const string story = "Hospitals in Zurich ordered new phones.\nThe contract is worth 20 million francs.\nDeliveries start in May.";
        const string profile = "\nAbout Ascom\nAscom is a global solutions provider focused on healthcare ICT.\nAscom is headquartered in Baar (Switzerland) and employs around 1,300 people.\n© 2019 Ascom. All rights reserved.";

        Assert.Equal(story, AfterTheEnd.Trim(story + profile));
    }

    [Fact]
    public void An_agency_copyright_line_right_after_the_story_stays()
    {
        const string story = "The storm moved north.\nPower was restored by evening.\nSchools reopen on Monday.\n© 2019 Associated Press. All Rights Reserved.";

        Assert.Equal(story, AfterTheEnd.Trim(story));
    }

    [Fact]
    public void An_author_bio_and_a_follow_line_after_the_story_go()
    {
        const string story = "We started at the trailhead at dawn.\nThe climb took four hours.\nThe view was worth it.";

        Assert.Equal(story, AfterTheEnd.Trim(story + "\nRegan\nRegan is a Connecticut native now living in Massachusetts with her family.\nFollow him on Twitter @someone."));
    }

    [Theory]
    [InlineData("<p><a href='/p'>Laura Chen</a><span class='card'>Laura Chen Chief Executive</span> said.</p>", "Laura Chen said.")]
    [InlineData("<p><a href='/p'>Laura Chen</a>, <span>Laura Chen's sister</span>, said.</p>", "Laura Chen, Laura Chen's sister, said.")]
    [InlineData("<h2><a href='/b'>Background checks</a></h2><p>Background checks rose by 5 percent.</p>", "Background checksBackground checks rose by 5 percent.")]
    public void Only_an_inline_card_right_after_its_link_goes(string html, string expected)
    {
        var doc = new HtmlParser().ParseDocument(html);
        HoverCards.Remove(doc.Body!);

        Assert.Equal(expected, doc.Body!.TextContent);
    }
}
