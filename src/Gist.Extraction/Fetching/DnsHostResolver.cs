using System.Net;

namespace Gist.Extraction.Fetching;

/// <summary>The system resolver. An IP literal resolves to itself without a lookup.</summary>
public sealed class DnsHostResolver : IHostResolver
{
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var bare = host.Trim('[', ']');
        if (IPAddress.TryParse(bare, out var literal))
        {
            return [literal];
        }

        return await Dns.GetHostAddressesAsync(bare, cancellationToken);
    }
}
