using System.Net;

namespace Gist.Extraction.Fetching;

/// <summary>Name → addresses. Injectable so the address checks can be tested without real DNS.</summary>
public interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
