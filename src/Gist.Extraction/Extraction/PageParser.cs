using AngleSharp;
using AngleSharp.Html;
using AngleSharp.Html.Dom;
using AngleSharp.Html.LinkRels;
using AngleSharp.Html.Parser;

namespace Gist.Extraction.Extraction;

/// <summary>
/// The extraction path's HTML parser, one per thread. <c>new HtmlParser(options)</c> builds a browsing context of
/// its own for every page (element factories, a CSS selector parser whose cache starts empty, the services a
/// document looks up); one context per thread keeps them from page to page. Link relations are off: for each
/// <c>&lt;link rel="stylesheet"&gt;</c> AngleSharp otherwise prepares a style sheet request (parsing its URL)
/// that nothing ever loads.
/// </summary>
public static class PageParser
{
    // Script bodies, style sheets and comments are never article text; skipping them while parsing saves building
    // (and collecting) most of a modern page's strings. Source positions are not needed either.
    public static HtmlParserOptions Options { get; } = new()
    {
        IsScripting = false,
        SkipScriptText = true,
        SkipRawText = true,
        SkipComments = true,
        DisableElementPositionTracking = true,
    };

    private static readonly IConfiguration Configuration = AngleSharp.Configuration.Default.WithOnly<ILinkRelationFactory>(new NoLinkRelations());

    [ThreadStatic]
    private static HtmlParser? threadParser;

    public static IHtmlDocument Parse(string html) =>
        (threadParser ??= new HtmlParser(Options, BrowsingContext.New(Configuration))).ParseDocument(html);

    private sealed class NoLinkRelations : ILinkRelationFactory
    {
        public BaseLinkRelation? Create(IHtmlLinkElement link, string? relation) => null;
    }
}
