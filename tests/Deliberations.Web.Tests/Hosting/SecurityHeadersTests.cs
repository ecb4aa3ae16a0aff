using Deliberations.Web.Hosting;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Hosting;

public class SecurityHeadersTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/a-propos")]
    [InlineData("/accessibilite")]
    [InlineData("/page-qui-n-existe-pas")]
    [InlineData("/css/site.css")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), url);

        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, page.Header("Content-Security-Policy"));
        Assert.Equal("nosniff", page.Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", page.Header("Referrer-Policy"));
        Assert.Equal("DENY", page.Header("X-Frame-Options"));
        Assert.Equal(SecurityHeadersMiddleware.PermissionsPolicy, page.Header("Permissions-Policy"));
    }

    [Fact]
    public void Content_security_policy_allows_no_inline_code_and_no_framing()
    {
        var policy = SecurityHeadersMiddleware.ContentSecurityPolicy;

        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }
}
