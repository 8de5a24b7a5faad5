using System.IO.Compression;
using System.Text.Json;
using Gist.Extraction.Extraction;

namespace Gist.Extraction.Tests;

/// <summary>
/// A few pages of the public article-extraction benchmark (Fixtures/*.html.gz + ground truth *.json), each
/// guarding a rule: the floors sit a little under today's scores so a regression shows, not noise.
/// </summary>
public class BenchmarkRegressionTests
{
    [Theory]
    [InlineData("042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856", 0.95)] // WSJ: plain news page
    [InlineData("5f03fc173ebc6abdfae50b96ce0b05a6137b7d3f2ef379be35a9bb8ca9f49e87", 0.95)] // meal plan: repeated lines are content
    [InlineData("9ebb3af65694a953005df5bd3869b2cefc263e1dea0471e3ef361c66a264cdd3", 0.97)] // gallery captions and credits; own address as a line
    [InlineData("cc03ddb5ef7d5f1fdb8a87f5e6dfd058a2a70acedf2551655a898dc5c18eb79e", 0.97)] // rel=tag list inside the post; comment rules after it
    public void Page_scores_above_its_floor(string id, double floor)
    {
        using var gzip = new GZipStream(File.OpenRead(Fixture.PathOf(id + ".html.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var html = reader.ReadToEnd();
        using var truth = JsonDocument.Parse(Fixture.Text(id + ".json"));
        var expected = truth.RootElement.GetProperty("articleBody").GetString()!;

        var text = new ArticleExtractor().Extract(html).Text;

        Assert.NotEmpty(text);
        Assert.True(ShingleF1.Of(expected, text) >= floor, $"F1 {ShingleF1.Of(expected, text):0.000} < {floor}");
    }

    [Fact]
    public void Metric_matches_the_benchmark_definition()
    {
        Assert.Equal(1.0, ShingleF1.Of("one two three four five", "one, two; three four five"));
        Assert.Equal(0.0, ShingleF1.Of("one two three four", string.Empty));
        Assert.Equal(2 * (1.0 / 3) / (1 + 1.0 / 3), ShingleF1.Of("a b c d", "a b c d e f"), 6); // 1 of 3 predicted shingles right
    }
}
