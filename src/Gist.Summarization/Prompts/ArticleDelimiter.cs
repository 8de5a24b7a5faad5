using System.Security.Cryptography;

namespace Gist.Summarization.Prompts;

/// <summary>
/// An unguessable marker around the article, made anew for every request, so text inside the article cannot
/// fake the end of the data and speak as instructions. 64 random bits: unguessable, and few tokens (it appears
/// four times in every prompt).
/// </summary>
public static class ArticleDelimiter
{
    public static string New(string article)
    {
        while (true)
        {
            var token = "<<<" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)) + ">>>";
            if (!article.Contains(token, StringComparison.Ordinal))
            {
                return token;
            }
        }
    }
}
