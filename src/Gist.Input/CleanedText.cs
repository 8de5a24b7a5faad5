using Gist.Core.Articles;

namespace Gist.Input;

/// <summary>Pasted text after cleaning: the article body and the metadata found in the removed lines.</summary>
/// <param name="Text">The body, one paragraph per line ('\n'), without title, date, source, tag, share or "read also" lines.</param>
/// <param name="Title">The first line, when it reads as a headline.</param>
/// <param name="Source">The outlet named on a "Source:" line.</param>
/// <param name="SourceUrl">The address on a "Source:" line.</param>
/// <param name="Published">The publication date from a "Published:" line, else the earliest bare date line.</param>
/// <param name="RemovedCharacters">Characters of the lines removed (related articles, tags, share, date and source lines).</param>
public sealed record CleanedText(
    string Text,
    string? Title,
    string? Source,
    string? SourceUrl,
    DateTimeOffset? Published,
    int RemovedCharacters)
{
    /// <summary>No article text is left (the paste was empty, or only metadata and links to other articles).</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>The article the pipeline summarizes.</summary>
    /// <param name="origin">How the text reached the bot.</param>
    /// <param name="language">ISO 639-1 code when known (from the language detector).</param>
    public Article ToArticle(ArticleOrigin origin, string? language) => new()
    {
        Text = Text,
        Title = Title,
        Source = Source,
        Url = SourceUrl,
        Published = Published,
        Language = language,
        Origin = origin,
    };
}
