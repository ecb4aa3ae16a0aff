using Deliberations.Web.Features.Exports;

namespace Deliberations.Web.Tests.Features.Exports;

/// <summary>Which settings make an address links can start with, and what links start with otherwise.</summary>
public class PublicUrlOptionsTests
{
    [Theory]
    [InlineData("https://deliberations.example", "https://deliberations.example")]
    [InlineData("https://deliberations.example/", "https://deliberations.example")]
    [InlineData("https://Deliberations.Example/lyon/", "https://deliberations.example/lyon")]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080")]
    public void An_absolute_http_address_is_used_without_its_trailing_slash(string setting, string expected)
    {
        var options = new PublicUrlOptions { PublicUrl = setting };

        Assert.Equal(expected, options.Configured);
        Assert.Equal(expected, options.SiteUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("deliberations.example")]
    [InlineData("/deliberations")]
    [InlineData("ftp://deliberations.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:secret@deliberations.example")]
    [InlineData("https://deliberations.example/?q=1")]
    [InlineData("https://deliberations.example/#haut")]
    public void Anything_else_falls_back_to_the_local_address(string? setting)
    {
        var options = new PublicUrlOptions { PublicUrl = setting };

        Assert.Null(options.Configured);
        Assert.Equal(PublicUrlOptions.Fallback, options.SiteUrl);
    }
}
