using System.Net;
using System.Net.Sockets;

namespace Deliberations.Web.Hosting.RateLimiting;

/// <summary>
/// Who a request counts against: its remote address, as the connection gives it. Behind a reverse proxy
/// that is the proxy's, for everyone at once, unless the forwarded headers are read (README,
/// "Limites de requêtes").
/// </summary>
public static class ClientAddress
{
    /// <summary>An IPv6 client is given a whole /64 and may draw a new address from it for each request: it counts as one.</summary>
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            // A Unix socket, the in-memory test server: every such client shares one bucket.
            return "";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
