using System.Net;
using Gist.Extraction.Fetching;
using Microsoft.Extensions.Options;

namespace Gist.Extraction.Tests;

public class SafeConnectorTests
{
    private sealed class FakeResolver(params string[] addresses) : IHostResolver
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
            Task.FromResult(addresses.Select(IPAddress.Parse).ToArray());
    }

    private static SafeConnector Connector(params string[] addresses) =>
        new(new FakeResolver(addresses), Options.Create(new FetchOptions()));

    [Fact]
    public async Task Name_resolving_to_public_and_loopback_is_refused()
    {
        var connector = Connector("93.184.216.34", "127.0.0.1");
        await Assert.ThrowsAsync<AddressRefusedException>(() => connector.CheckedAddressesAsync("rebind.test", allowPrivate: false, CancellationToken.None));
    }

    [Fact]
    public async Task Name_resolving_to_metadata_address_through_nat64_is_refused()
    {
        var connector = Connector("2606:4700::6810:84e5", "64:ff9b::a9fe:a9fe");
        await Assert.ThrowsAsync<AddressRefusedException>(() => connector.CheckedAddressesAsync("nat64.test", allowPrivate: false, CancellationToken.None));
    }

    [Fact]
    public async Task Public_name_passes_with_its_checked_addresses()
    {
        var connector = Connector("93.184.216.34", "2606:4700::6810:84e5");
        var addresses = await connector.CheckedAddressesAsync("news.test", allowPrivate: false, CancellationToken.None);
        Assert.Equal(2, addresses.Length);
    }

    [Fact]
    public async Task Private_networks_pass_only_when_allowed()
    {
        var connector = Connector("127.0.0.1");
        var addresses = await connector.CheckedAddressesAsync("local.test", allowPrivate: true, CancellationToken.None);
        Assert.Equal(IPAddress.Loopback, Assert.Single(addresses));
    }
}
