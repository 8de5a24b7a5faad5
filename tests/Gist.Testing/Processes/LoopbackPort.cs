using System.Net;
using System.Net.Sockets;

namespace Gist.Testing.Processes;

/// <summary>A free port on 127.0.0.1: a child's listener address must be known before it starts, so port 0 won't do.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
