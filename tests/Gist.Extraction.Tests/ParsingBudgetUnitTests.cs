using Gist.Core.Articles;
using Gist.Extraction.Budgets;
using Gist.Extraction.Documents;
using Microsoft.Extensions.Options;

namespace Gist.Extraction.Tests;

public sealed class ParsingBudgetUnitTests
{
    [Theory]
    [InlineData("<p>a<p>b<li>c<br><img src=x>", 5, 0)]
    [InlineData("<div><div></div></div><div>", 3, 2)]
    [InlineData("<a href='x>y'><b>t</b></a>", 2, 2)]
    [InlineData("<script>for(i=0;i<9;i++)'<div>'</script><div>", 2, 1)]
    [InlineData("<!-- <div><div> --><svg><path d='1'/></svg>", 2, 1)]
    [InlineData("x < y and <3 <//div>", 0, 0)]
    public void The_scanner_counts_start_tags_and_the_nesting_left_open(string html, int elements, int depth)
    {
        Assert.Equal(new MarkupShape(elements, depth), MarkupScanner.Measure(html));
    }

    [Fact]
    public void A_fragment_beyond_the_budget_is_cut_before_the_tag_that_passes_it()
    {
        Assert.Equal("<div><div>", MarkupBudget.Truncated("<div><div><div>x", maxElements: 100, maxDepth: 2));
        Assert.Equal("<p>1<p>2", MarkupBudget.Truncated("<p>1<p>2<p>3", maxElements: 2, maxDepth: 100));
        Assert.Null(MarkupBudget.Truncated("<p>1<p>2", maxElements: 2, maxDepth: 100));
    }

    [Theory]
    [InlineData("D:20231109120000+15'00'", 0)]
    [InlineData("D:20231109120000-03'30'", -210)]
    [InlineData("D:20231109120000+14'00'", 840)]
    public void A_pdf_date_with_an_impossible_offset_is_read_as_utc(string value, int offsetMinutes)
    {
        var date = PdfText.ParsePdfDate(value);

        Assert.Equal(new DateTime(2023, 11, 9, 12, 0, 0), date?.DateTime);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), date?.Offset);
    }

    [Fact]
    public async Task The_gate_runs_at_most_its_parallelism_and_answers_too_complex_at_the_time_budget()
    {
        using var gate = new ParsingGate(Options.Create(new ParsingOptions { MaxConcurrent = 1, TimeoutSeconds = 1 }));
        using var release = new ManualResetEventSlim();

        // Work that ignores its token holds the only slot past the budget: the caller is answered anyway.
        var stuck = gate.RunAsync(_ => release.Wait(TimeSpan.FromSeconds(30), CancellationToken.None), "too complex", CancellationToken.None);
        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() => stuck);
        Assert.Equal(ArticleUnavailableReason.TooComplex, error.Reason);

        // The slot comes back only when that work really ends.
        var next = gate.RunAsync(_ => 42, "too complex", CancellationToken.None);
        await Task.Delay(200);
        Assert.False(next.IsCompleted);
        release.Set();
        Assert.Equal(42, await next);
    }

    [Fact]
    public async Task Work_that_watches_its_token_is_cancelled_at_the_budget()
    {
        using var gate = new ParsingGate(Options.Create(new ParsingOptions { MaxConcurrent = 1, TimeoutSeconds = 1 }));
        var observed = new TaskCompletionSource<bool>();

        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() => gate.RunAsync(
            token =>
            {
                var cancelled = token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
                observed.SetResult(cancelled);
                return cancelled;
            },
            "too complex",
            CancellationToken.None));

        Assert.Equal("too complex", error.UserMessage);
        Assert.True(await observed.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
