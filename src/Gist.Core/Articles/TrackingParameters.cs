namespace Gist.Core.Articles;

/// <summary>
/// Removes campaign and click-tracking parameters (utm_*, fbclid, gclid, …) from an article's address before the bot
/// shows or stores it: they identify who shared the link, not the article, and a reader forwarding the reply would
/// pass them on. Every other parameter stays (many sites need theirs to find the article).
/// </summary>
public static class TrackingParameters
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "ref_src", "ref_url",
        "cmpid", "ocid", "smid", "spm", "s_cid",
    };

    /// <summary>The address without tracking parameters; anything that is not an absolute http(s) address comes back unchanged.</summary>
    public static string Strip(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return url;
        }

        var fragment = url.IndexOf('#', query);
        var queryText = fragment < 0 ? url[(query + 1)..] : url[(query + 1)..fragment];
        var kept = queryText.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !IsTracking(p)).ToArray();
        var head = url[..query];
        var tail = fragment < 0 ? string.Empty : url[fragment..];
        return kept.Length == 0 ? head + tail : head + "?" + string.Join('&', kept) + tail;
    }

    private static bool IsTracking(string pair)
    {
        var name = pair.Split('=', 2)[0];
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || Names.Contains(name);
    }
}
