using System.Net;
using System.Net.Sockets;

namespace Gist.IntegrationTests.Operations;

public static class ListenerPorts
{
    /// <summary>A free loopback port: the listener's address must be known before it starts, so port 0 won't do.</summary>
    public static int Free()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
