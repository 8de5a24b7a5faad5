using Gist.Core.Articles;

namespace Gist.Extraction.Budgets;

/// <summary>The sentences a user reads when content is beyond the parsing budget.</summary>
public static class TooComplex
{
    public const string Page = "This page is too complex to read.";
    public const string File = "This file is too complex to read.";

    public static ArticleUnavailableException Error(string message, string detail) =>
        new(ArticleUnavailableReason.TooComplex, $"{message} ({detail})");
}
