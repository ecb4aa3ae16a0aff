using System.Net;
using Deliberations.Web.Hosting.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Deliberations.Web.Tests.Http;

/// <summary>Whom a request counts against in the rate limits.</summary>
public class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void A_client_is_its_ipv4_address_or_its_ipv6_slash_64(string remote, string client)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);

        Assert.Equal(client, ClientAddress.Of(context));
    }

    [Fact]
    public void Requests_without_an_address_share_one_client() =>
        Assert.Equal("", ClientAddress.Of(new DefaultHttpContext()));
}
