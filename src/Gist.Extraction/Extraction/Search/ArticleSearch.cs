namespace Gist.Extraction.Extraction.Search;

/// <summary>How <see cref="ArticleExtractor"/> finds the article's container in a cleaned page.</summary>
public enum ArticleSearch
{
    /// <summary>SmartReader (a port of Mozilla Readability): the product's default.</summary>
    Readability,

    /// <summary>
    /// <see cref="CountedArticleSearch"/>: Readability's scoring over text counts made once per node, bottom-up, with
    /// SmartReader as the fallback when it finds too little. Measured against the default, not yet the default itself
    /// (docs/EXTRACTION.md).
    /// </summary>
    CountedScores,
}
