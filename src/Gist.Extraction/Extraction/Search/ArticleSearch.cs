namespace Gist.Extraction.Extraction.Search;

/// <summary>How <see cref="ArticleExtractor"/> finds the article's container in a cleaned page.</summary>
public enum ArticleSearch
{
    /// <summary>
    /// The product's search, <see cref="CountedArticleSearch"/>: Readability's scoring over text counts made once per
    /// node, bottom-up, with SmartReader as the fallback when it finds too little (docs/EXTRACTION.md).
    /// </summary>
    CountedScores,

    /// <summary>SmartReader (a port of Mozilla Readability) alone: the earlier default, kept to measure against.</summary>
    Readability,
}
