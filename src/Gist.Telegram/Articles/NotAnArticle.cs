using Gist.Core.Text;

namespace Gist.Telegram.Articles;

/// <summary>What the bot says about a page or paste that is not an article, and what it can do instead.</summary>
public static class NotAnArticle
{
    private const string Instead = "Send a link to a single news article, paste an article's text, or forward a news post, and I will summarize it.";

    public static string Linked(PageShape shape) => shape switch
    {
        PageShape.Table => "that page is a table of figures, not an article, so there is nothing to summarize. " + Instead,
        PageShape.LinkList => "that page is a list of links or headlines (an index or a front page), not an article. Open the story you want and send me its link. To follow the site every day, /subscribe to it.",
        PageShape.LoginWall => "that page asks to sign in or subscribe before it shows anything, so I can't read the article. Paste its text instead, if you can see it.",
        _ => "that page has almost no text of its own (a homepage or a contact page?), not an article. " + Instead,
    };

    public static string Pasted(PageShape shape) => shape switch
    {
        PageShape.Table => "That looks like a table of figures, not an article, so there is nothing to summarize. " + Instead,
        PageShape.LinkList => "That looks like a list of links or headlines, not an article. Send me the link of the story you want summarized.",
        PageShape.LoginWall => "That is a sign-in or subscription page, not the article. Paste the article's own text once you can see it.",
        _ => "That has almost no text of its own to summarize. " + Instead,
    };
}
