using System.Security.Cryptography;

namespace Gist.Summarization.Prompts;

/// <summary>
/// An unguessable marker around the article, made anew for every request, so text inside the article cannot
/// fake the end of the data and speak as instructions.
/// </summary>
public static class ArticleDelimiter
{
    public static string New(string article)
    {
        while (true)
        {
            var token = "<<<" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)) + ">>>";
            if (!article.Contains(token, StringComparison.Ordinal))
            {
                return token;
            }
        }
    }
}
