using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Tests.Features.Shared;

public class ErrorReportLinkTests
{
    private const string Page = "https://deliberations.example/lyon/deliberations/CP-2018-2133";

    [Fact]
    public void Email_address_gives_a_mailto_with_the_page_in_an_encoded_subject_and_body()
    {
        var href = ErrorReportLink.For("greffe@example.org", Page, "Décision n° CP-2018-2133 & suite");

        Assert.Equal(
            "mailto:greffe@example.org"
            + "?subject=Erreur%20sur%20la%20page%20%C2%AB%20D%C3%A9cision%20n%C2%B0%20CP-2018-2133%20%26%20suite%20%C2%BB"
            + "&body=Page%20%3A%20https%3A%2F%2Fdeliberations.example%2Flyon%2Fdeliberations%2FCP-2018-2133%0D%0A%0D%0ACe%20qui%20est%20erron%C3%A9%2C%20et%20ce%20que%20dit%20le%20texte%20source%20%3A%0D%0A",
            href);
    }

    [Fact]
    public void Mailto_address_is_taken_as_its_mailbox()
    {
        Assert.StartsWith("mailto:greffe@example.org?subject=", ErrorReportLink.For("mailto:greffe@example.org", Page, "x"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://forms.example/signaler", "https://forms.example/signaler?page=")]
    [InlineData("https://forms.example/signaler?site=lyon", "https://forms.example/signaler?site=lyon&page=")]
    public void Form_address_gets_the_page_as_an_encoded_parameter(string address, string start)
    {
        Assert.Equal(start + "https%3A%2F%2Fdeliberations.example%2Flyon%2Fdeliberations%2FCP-2018-2133", ErrorReportLink.For(address, Page, "x"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("greffe")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/report")]
    [InlineData("greffe@example.org?cc=other@example.org")]
    public void Missing_or_unusable_address_gives_no_link(string? address)
    {
        Assert.Null(ErrorReportLink.For(address, Page, "x"));
    }
}
