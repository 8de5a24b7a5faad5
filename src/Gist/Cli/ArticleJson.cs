using Gist.Core.Articles;

namespace Gist.Cli;

/// <summary>The shape of <c>extract --json</c>.</summary>
public sealed record ArticleJson(
    string? Title, string Text, string? Source, DateTimeOffset? Published, string? Language, string? Url, string? Author, string Origin, bool Partial)
{
    public static ArticleJson From(Article a) =>
        new(a.Title, a.Text, a.Source, a.Published, a.Language, a.Url, a.Author, a.Origin.ToString().ToLowerInvariant(), a.IsPartial);
}
