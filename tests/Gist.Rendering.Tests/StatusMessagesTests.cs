using System.Reflection;
using Gist.Rendering.Tests.Support;

namespace Gist.Rendering.Tests;

public class StatusMessagesTests
{
    public static TheoryData<string> Constants()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(StatusMessages).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add((string)field.GetValue(null)!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Constants))]
    public void Every_constant_is_sendable_html(string message)
    {
        MessageAssert.Sendable([message]);
    }

    [Fact]
    public void Messages_with_values_are_sendable_and_escape_what_they_are_given()
    {
        string[] messages =
        [
            StatusMessages.FetchingLinks(1), StatusMessages.FetchingLinks(3), StatusMessages.TooManyLinks(7, 3),
            StatusMessages.TextTooLong(120_000, 50_000), StatusMessages.FileTooLarge(25 * 1024 * 1024, 20 * 1024 * 1024),
            StatusMessages.UnsupportedFile("<evil>.exe"), StatusMessages.UnsupportedFile(null),
            StatusMessages.LinkFailed("https://x.org/?a=1&b=<2>", "The page answered 404 <Not Found>."),
            StatusMessages.Problem("a & b"), StatusMessages.UnsupportedLanguage("tlh"),
            StatusMessages.RateLimited(TimeSpan.FromSeconds(2.2)), StatusMessages.DailyQuotaReached(50),
        ];

        MessageAssert.Sendable(messages);
    }

    [Fact]
    public void Counts_and_sizes_read_naturally()
    {
        Assert.Equal("Fetching the link…", StatusMessages.FetchingLinks(1));
        Assert.Equal("Fetching 2 links…", StatusMessages.FetchingLinks(2));
        Assert.Equal("This text is 120,000 characters long, over the limit of 50,000. Send a shorter part or a link to the article.",
            StatusMessages.TextTooLong(120_000, 50_000));
        Assert.Equal("This file is 25 MB; I can read files up to 20 MB.", StatusMessages.FileTooLarge(25 * 1024 * 1024, 20 * 1024 * 1024));
        Assert.Equal("You are sending messages faster than I can read them. I will answer each one in order; the next in about 3 seconds. Settings and /help are answered at once.",
            StatusMessages.RateLimited(TimeSpan.FromSeconds(2.2)));
        Assert.Equal("Could not read https://x.org/?a=1&amp;b=&lt;2&gt;: 404", StatusMessages.LinkFailed("https://x.org/?a=1&b=<2>", "404"));
    }
}
