using Gist.Core.Articles;
using Gist.Input;

namespace Gist.Input.Tests.Links;

public class TrackingParametersTests
{
    [Theory]
    [InlineData(
        "https://www.reuters.com/world/asia-pacific/blinken-seoul-2023-11-09/?utm_source=reddit.com",
        "https://www.reuters.com/world/asia-pacific/blinken-seoul-2023-11-09/")]
    [InlineData("https://news.example/a?id=42&utm_medium=social&fbclid=IwAR0abc", "https://news.example/a?id=42")]
    [InlineData("https://news.example/a?UTM_Campaign=x&page=2#comments", "https://news.example/a?page=2#comments")]
    [InlineData("https://news.example/a?gclid=1&igshid=2", "https://news.example/a")]
    public void Tracking_parameters_go_and_the_rest_of_the_address_stays(string url, string expected) =>
        Assert.Equal(expected, TrackingParameters.Strip(url));

    [Theory]
    [InlineData("https://news.example/article.php?id=7&lang=ar")]
    [InlineData("not a url?utm_source=x")]
    [InlineData("ftp://files.example/a?utm_source=x")]
    public void Other_addresses_are_left_alone(string url) => Assert.Equal(url, TrackingParameters.Strip(url));

    [Fact]
    public void A_source_line_in_a_paste_gives_the_address_without_tracking()
    {
        var cleaned = new PastedTextCleaner().Clean(
            "قال الوزير اليوم إن المحادثات ستستمر الأسبوع المقبل في العاصمة.\n\nالمصدر: https://news.example/2023/11/09/talks?utm_source=telegram&utm_medium=share");

        Assert.Equal("https://news.example/2023/11/09/talks", cleaned.SourceUrl);
    }
}
