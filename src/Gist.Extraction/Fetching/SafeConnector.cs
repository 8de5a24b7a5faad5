using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Gist.Extraction.Fetching;

/// <summary>
/// The SocketsHttpHandler ConnectCallback: resolves the host once, refuses it when ANY of its addresses is not
/// public (a name answering both 93.184.216.34 and 127.0.0.1 is a DNS-rebinding setup), then connects to one of
/// the checked addresses itself — no second lookup that could answer differently.
/// </summary>
public sealed class SafeConnector(IHostResolver resolver, IOptions<FetchOptions> options)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var endpoint = context.DnsEndPoint;
        var addresses = await CheckedAddressesAsync(endpoint.Host, settings.AllowPrivateNetworks, cancellationToken);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.ConnectTimeout);
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), timeout.Token);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                socket.Dispose();
                last = ex;
            }
        }

        throw last is OperationCanceledException
            ? new TimeoutException("Connecting took too long.", last)
            : new IOException($"Could not connect to {endpoint.Host}.", last);
    }

    /// <summary>Resolves the host and applies <see cref="AddressPolicy"/> to every address.</summary>
    public async Task<IPAddress[]> CheckedAddressesAsync(string host, bool allowPrivate, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        try
        {
            addresses = await resolver.ResolveAsync(host, cancellationToken);
        }
        catch (SocketException ex)
        {
            throw new IOException($"The name {host} does not resolve.", ex);
        }

        if (addresses.Length == 0)
        {
            throw new IOException($"The name {host} does not resolve.");
        }

        if (!allowPrivate && addresses.Any(a => !AddressPolicy.IsPublic(a)))
        {
            throw new AddressRefusedException($"{host} resolves to a refused address.");
        }

        return addresses;
    }
}
