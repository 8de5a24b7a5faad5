using Gist.Core.Articles;

namespace Gist.Evaluation.Sets;

/// <summary>One article of a labelled set, read the way the bot reads it, with its reference.</summary>
/// <param name="Id">The file name without its extension.</param>
/// <param name="File">The article file's name.</param>
/// <param name="Article">What the summarizer gets (a .txt goes through the paste cleaner, HTML through extraction).</param>
public sealed record LabelledArticle(string Id, string File, Article Article, ArticleReference Reference);
