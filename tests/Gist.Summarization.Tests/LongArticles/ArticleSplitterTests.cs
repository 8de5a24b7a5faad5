using Gist.Summarization.Llm;

namespace Gist.Summarization.Tests.LongArticles;

public sealed class ArticleSplitterTests
{
    private static readonly string Paragraphs = string.Join("\n", Enumerable.Range(1, 400).Select(i => $"Paragraph {i} says something about the visit and what was agreed there."));

    [Fact]
    public void Text_within_the_budget_is_one_chunk_unchanged()
    {
        Assert.Equal(["short text"], ArticleSplitter.Split("short text", 1_000, 4));
    }

    [Fact]
    public void Chunks_are_about_even_and_never_over_the_budget()
    {
        var text = Paragraphs[..25_000];

        var chunks = ArticleSplitter.Split(text, 24_000, 4);

        Assert.Equal(2, chunks.Count);
        Assert.All(chunks, c => Assert.InRange(c.Length, 10_000, 24_000));
    }

    [Fact]
    public void Splitting_loses_no_words_and_cuts_at_paragraphs()
    {
        var chunks = ArticleSplitter.Split(Paragraphs, 5_000, 16);

        Assert.Equal(Paragraphs.Split('\n').Length, chunks.Sum(c => c.Split('\n').Length));
        Assert.All(chunks, c => Assert.EndsWith("agreed there.", c, StringComparison.Ordinal));
    }

    [Fact]
    public void Past_the_chunk_limit_the_text_is_cut_at_a_paragraph()
    {
        var chunks = ArticleSplitter.Split(Paragraphs, 2_000, 3);

        Assert.Equal(3, chunks.Count);
        Assert.InRange(chunks.Sum(c => c.Length), 1, 6_000);
        Assert.StartsWith("Paragraph 1 says", chunks[0], StringComparison.Ordinal);
        Assert.EndsWith("agreed there.", chunks[^1], StringComparison.Ordinal);
    }
}
