using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Http;

namespace Deliberations.Web.Tests.Features.Shared;

public class SiteNavigationTests
{
    [Theory]
    [InlineData("/", "/", true)]
    [InlineData("/", "/deliberations", false)]
    [InlineData("/deliberations", "/deliberations", true)]
    [InlineData("/deliberations", "/deliberations/", true)]
    [InlineData("/deliberations", "/deliberations/2021-0001", true)]
    [InlineData("/deliberations", "/Deliberations", true)]
    [InlineData("/elus", "/elusx", false)]
    [InlineData("/elus", "/a-propos", false)]
    public void A_link_is_current_on_its_page_and_below(string href, string path, bool current)
    {
        Assert.Equal(current, new NavLink(href, "x").IsCurrent(new PathString(path)));
    }

    [Fact]
    public void Home_is_current_on_an_empty_path()
    {
        Assert.True(new NavLink("/", "Accueil").IsCurrent(PathString.Empty));
    }

    [Fact]
    public void Navigation_lists_the_areas_in_order()
    {
        Assert.Equal(
            ["/", "/deliberations", "/seances", "/elus", "/projets", "/budget", "/recherche"],
            SiteNavigation.Links.Select(l => l.Href));
    }
}
