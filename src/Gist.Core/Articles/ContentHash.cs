using System.Security.Cryptography;
using System.Text;

namespace Gist.Core.Articles;

/// <summary>Stable identity of an article's text, used as the cache key of its summary.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim()));
        return Convert.ToHexStringLower(bytes);
    }
}
