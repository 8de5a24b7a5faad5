namespace Gist.Extraction.Fetching;

/// <summary>The short, specific sentences a user sees when a link cannot be read.</summary>
public static class UserMessages
{
    public const string AddressNotAllowed = "That address is not allowed.";
    public const string Timeout = "The page took too long to answer.";
    public const string TooManyRedirects = "The page redirected too many times.";
    public const string NoArticle = "That page holds no article text.";

    public static string PortNotAllowed(int port) => $"That address is not allowed (port {port}).";

    public static string SchemeNotAllowed(string scheme) => $"That address is not allowed (only http and https links, not {scheme}).";

    public static string HttpStatus(int code, string? reason) => $"The page answered {code} {reason}".TrimEnd() + ".";

    public static string NotAnArticle(string mediaType) => $"That link is not an article (it is {mediaType}).";

    public static string TooLarge(int maxBytes) => $"The page is larger than {maxBytes / (1024 * 1024.0):0.#} MB, too large to read.";

    public static string Unreachable(string host) => $"Could not reach {host}.";
}
