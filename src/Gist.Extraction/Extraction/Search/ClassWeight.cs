using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Gist.Core.Text;

namespace Gist.Extraction.Extraction.Search;

/// <summary>
/// Readability's hint from class and id names: +25 for a name that says article ("content", "post", "story"…),
/// −25 for one that says furniture ("comment", "sidebar", "share"…), for the class and the id each.
/// </summary>
public static partial class ClassWeight
{
    [GeneratedRegex("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ArticleWord();

    [GeneratedRegex("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|" +
        "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex FurnitureWord();

    [GeneratedRegex("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|" +
        "related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex UnlikelyWord();

    [GeneratedRegex("and|article|body|column|content|main|mathjax|shadow", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MaybeWord();

    /// <summary>
    /// Readability's "unlikely candidate": class or id names page furniture ("header", "menu", "social"…) and nothing
    /// that could be the article ("content", "main"…). Such an element never holds the article.
    /// </summary>
    public static bool IsUnlikely(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.Id;
        // Counted for every element of the page: most have neither name, and then no string is built.
        if (element.LocalName is "body" or "a" or "html" || (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id)))
        {
            return false;
        }

        var names = $"{className} {id}";
        return UnlikelyWord().IsMatch(names) && !MaybeWord().IsMatch(names)
            && element.Closest("table") is null && element.Closest("code") is null;
    }

    public static int Of(IElement element) => Of(element.GetAttribute("class")) + Of(element.Id);

    private static int Of(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return 0;
        }

        return (FurnitureWord().IsMatch(name) ? -25 : 0) + (ArticleWord().IsMatch(name) ? 25 : 0);
    }
}
