using System.Text;
using System.Text.RegularExpressions;

namespace Gist.Summarization.Gate;

/// <summary>
/// What Telegram turns into a link by itself when a message merely contains it (https://core.telegram.org/api/entities):
/// addresses with a scheme (http, https, ftp, tg, ton), bare domains with a real top-level domain ("evil.com/x",
/// "t.me/chan"), e-mail addresses and @usernames. Defanging writes one so that no client links it —
/// "hxxp://evil[.]example/x", "name[@]mail[.]com", "[@]channel" — while the reader still sees what was written.
/// </summary>
public static partial class Addresses
{
    /// <summary>Generic top-level domains common enough to be linked; every two-letter (country) domain counts too.</summary>
    private static readonly HashSet<string> GenericDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "info", "biz", "edu", "gov", "mil", "int", "name", "pro", "mobi", "app", "dev", "xyz",
        "top", "online", "site", "shop", "store", "club", "news", "link", "click", "live", "life", "world", "zip",
        "mov", "page", "blog", "tech", "media", "today", "space", "website", "email", "cloud", "agency", "press",
        "network", "digital", "support", "help", "download", "win", "bet", "vip", "work", "icu", "buzz", "fun",
        "lol", "global", "asia", "africa", "arab", "moscow", "berlin", "london", "tel", "example", "test",
        "onion", "porn", "sex", "casino", "crypto", "eth", "ton", "telegram", "gle",
    };

    /// <summary>Every address in <paramref name="text"/>, in order, with its position.</summary>
    public static IEnumerable<Match> Find(string text)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            if (match.Groups["tld"].Success && !IsLinkedDomain(match.Groups["tld"].Value))
            {
                continue;
            }

            yield return match;
        }
    }

    /// <summary>The address without the punctuation that ends the sentence around it.</summary>
    public static string Trim(string address) => address.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '}', '»', '"', '\'', '،', '؛', '…', '“', '”');

    /// <summary>The form compared with the source's addresses: lower case, no scheme, no "www.", no trailing slash.</summary>
    public static string Key(string address)
    {
        var key = Trim(address).ToLowerInvariant();
        var scheme = key.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0 && scheme < 10)
        {
            key = key[(scheme + 3)..];
        }
        else if (key.StartsWith("mailto:", StringComparison.Ordinal))
        {
            key = key["mailto:".Length..];
        }

        if (key.StartsWith("www.", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        return key.TrimEnd('/');
    }

    /// <summary>The host part of a key ("evil.example" for "evil.example/phish").</summary>
    public static string Host(string key)
    {
        var end = key.IndexOfAny(['/', '?', '#', ':']);
        return end < 0 ? key : key[..end];
    }

    /// <summary>The address written so that Telegram does not link it, still readable.</summary>
    public static string Defang(string address)
    {
        var result = new StringBuilder(address.Length + 8);
        var rest = address;
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && scheme < 10)
        {
            var name = address[..scheme];
            result.Append(name.ToLowerInvariant() is "http" or "https" ? name[0] + "xx" + name[3..] + "://" : name + "[:]//");
            rest = address[(scheme + 3)..];
        }
        else if (address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            result.Append(address[..6]).Append("[:]");
            rest = address[7..];
        }

        foreach (var c in rest)
        {
            result.Append(c switch
            {
                '.' => "[.]",
                '@' => "[@]",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    private static bool IsLinkedDomain(string tld) =>
        (tld.Length == 2 && tld.All(char.IsAsciiLetter)) || tld is "рф" or "РФ" || GenericDomains.Contains(tld)
        || tld.StartsWith("xn--", StringComparison.OrdinalIgnoreCase);

    // Scheme addresses; e-mail addresses; @usernames (5–32 characters, as Telegram allows); bare domains with a path.
    [GeneratedRegex(
        """
        (?:\b(?:https?|ftp|tg|tonsite|ton)://|\bmailto:)[^\s<>"'«»“”‘’]+
        |(?<![\w.+-])[\w.+-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,24}\b
        |(?<![\w@\[])@[A-Za-z][A-Za-z0-9_]{3,31}\b
        |(?<![\w@./:-])(?:www\.)?(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?<tld>\p{L}{2,24}|xn--[a-z0-9-]{2,59})\b(?::\d{1,5})?(?:[/?#][^\s<>"'«»“”‘’]*)?
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
