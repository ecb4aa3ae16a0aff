using System.Net;
using System.Xml.Linq;
using Deliberations.Web.Features.Feeds;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Feeds;

/// <summary>A decision title holding characters XML 1.0 forbids: the feeds that list it stay well-formed XML.</summary>
public class AtomTextTests(UnsafeTextSite site) : IClassFixture<UnsafeTextSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("/flux.atom")]
    [InlineData("/elus/m-aggoun-2015/flux.atom")]
    public async Task A_feed_listing_the_decision_is_well_formed_with_the_characters_replaced(string url)
    {
        var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var title = xml.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value)
            .Single(t => t.StartsWith(UnsafeTextSite.ForbiddenNumber, StringComparison.Ordinal));
        Assert.Equal($"{UnsafeTextSite.ForbiddenNumber} : {ValidXmlWriter.Clean(UnsafeTextSite.ForbiddenTitle)}", title);
        Assert.Equal(4, title.Count(c => c == ValidXmlWriter.Replacement));
    }
}
