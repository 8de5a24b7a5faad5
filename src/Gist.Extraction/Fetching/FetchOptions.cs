using System.ComponentModel.DataAnnotations;

namespace Gist.Extraction.Fetching;

/// <summary>Settings of the page fetcher, bound from the "Fetch" configuration section.</summary>
public sealed class FetchOptions
{
    public const string SectionName = "Fetch";

    /// <summary>Allow loopback/private/link-local targets. Only for tests and private deployments (Fetch__AllowPrivateNetworks).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>
    /// TCP ports a link may use; 80 and 443 when the section gives none. (Empty by default because the
    /// configuration binder appends to an array's existing items instead of replacing them.)
    /// </summary>
    public int[] AllowedPorts { get; set; } = [];

    public static readonly int[] DefaultPorts = [80, 443];

    /// <summary>Cap on bytes read after decompression.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whole fetch, all redirects and the body included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    [Required]
    [MinLength(3)]
    public string UserAgent { get; set; } = "GistBot/1.0 (+https://github.com/gist-bot; reads articles on a user's request)";
}
