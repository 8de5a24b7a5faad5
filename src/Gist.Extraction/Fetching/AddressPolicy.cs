using System.Net;
using System.Net.Sockets;

namespace Gist.Extraction.Fetching;

/// <summary>
/// Which IP addresses a user-supplied link may reach. Refuses everything that is not public unicast
/// (RFC 6890 special-purpose registries), and looks through IPv6 forms that embed an IPv4 address
/// (IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96, NAT64 64:ff9b::/96 and 64:ff9b:1::/48, 6to4 2002::/16),
/// so ::ffff:127.0.0.1 or 64:ff9b::a9fe:a9fe (169.254.169.254) cannot slip past.
/// </summary>
public static class AddressPolicy
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return IsPublicV4(address.GetAddressBytes());
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        if (address.IsIPv4MappedToIPv6)
        {
            return false; // ::ffff:a.b.c.d — never needed for a public fetch, and a classic filter bypass.
        }

        var firstTwelveZero = b.Take(12).All(x => x == 0);
        if (firstTwelveZero)
        {
            return false; // :: , ::1 and deprecated IPv4-compatible ::a.b.c.d (RFC 4291 §2.5.5.1).
        }

        // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052) and local-use 64:ff9b:1::/48 (RFC 8215).
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
        {
            if (b.Skip(4).Take(8).All(x => x == 0))
            {
                return IsPublicV4(b.AsSpan(12, 4));
            }

            return false;
        }

        // 6to4 2002::/16 (RFC 3056) embeds an IPv4 address in bytes 2..5.
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return IsPublicV4(b.AsSpan(2, 4));
        }

        // Global unicast is 2000::/3; everything else (fc00::/7 unique-local, fe80::/10 link-local, ff00::/8
        // multicast, fec0::/10 site-local, 100::/64 discard) is refused.
        if ((b[0] & 0xE0) != 0x20)
        {
            return false;
        }

        // 2001:db8::/32 documentation, 2001::/23 IETF protocol assignments (Teredo 2001::/32 included).
        if (b[0] == 0x20 && b[1] == 0x01 && (b[2] == 0x0d && b[3] == 0xb8 || b[2] < 0x02))
        {
            return false;
        }

        return true;
    }

    private static bool IsPublicV4(ReadOnlySpan<byte> b) => b[0] switch
    {
        0 => false,                                   // 0.0.0.0/8 "this network"
        10 => false,                                  // 10/8 private
        127 => false,                                 // loopback
        100 when b[1] is >= 64 and <= 127 => false,   // 100.64/10 CGNAT (RFC 6598)
        169 when b[1] == 254 => false,                // 169.254/16 link-local, cloud metadata 169.254.169.254
        172 when b[1] is >= 16 and <= 31 => false,    // 172.16/12 private
        192 when b[1] == 168 => false,                // 192.168/16 private
        192 when b[1] == 0 && b[2] is 0 or 2 => false, // 192.0.0/24 IETF, 192.0.2/24 TEST-NET-1
        192 when b[1] == 88 && b[2] == 99 => false,   // 6to4 relay anycast (deprecated)
        198 when b[1] is 18 or 19 => false,           // 198.18/15 benchmarking
        198 when b[1] == 51 && b[2] == 100 => false,  // TEST-NET-2
        203 when b[1] == 0 && b[2] == 113 => false,   // TEST-NET-3
        >= 224 => false,                              // 224/4 multicast, 240/4 reserved, 255.255.255.255
        _ => true,
    };
}
