using Gist.Benchmarks.Overhead;
using Gist.Testing.OpenAi;

namespace Gist.Benchmarks.Load;

/// <summary>
/// The fake model's answers for the load runs: a valid summary whose evidence is copied from the article it was
/// sent and whose headline carries the article's tag (chat and index), so each reply can be traced.
/// </summary>
public static class TaggedModel
{
    public static Task<FakeChatReply> RespondAsync(FakeChatRequest request, CancellationToken cancellationToken)
    {
        var user = request.LastUserMessage;
        var start = user.IndexOf("ARTICLE START\n", StringComparison.Ordinal);
        var end = user.IndexOf("ARTICLE END", StringComparison.Ordinal);
        var article = start >= 0 && end > start ? user[(start + 14)..end] : user;
        var tag = ArticleVariants.TagIn(article) is { } t ? $"R{t.Chat}x{t.Index}" : "untagged";
        return Task.FromResult(FakeChatReply.Text(FixedModelAnswer.For(article, claims: 5,
            headline: $"Report {tag}: Blinken voices concern over military cooperation")));
    }
}
