namespace Gist.Summarization.Llm;

/// <summary>Keeps the article within the request's budget, cutting at a paragraph (never mid-word).</summary>
public static class ArticleBudget
{
    public static string Fit(string text, int maxCharacters)
    {
        if (text.Length <= maxCharacters)
        {
            return text;
        }

        var cut = text.LastIndexOf('\n', maxCharacters - 1);
        if (cut < maxCharacters / 2)
        {
            cut = text.LastIndexOf(' ', maxCharacters - 1);
        }

        return text[..(cut > 0 ? cut : maxCharacters)];
    }
}
