using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Feeds;

/// <summary>The Atom feeds, read back by an XML reader and the BCL's syndication parser.</summary>
public class AtomFeedTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task The_latest_decisions_feed_is_valid_atom_latest_first()
    {
        var (response, feed) = await LoadAsync("/flux.atom");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Délibérations : Métropole de Lyon", feed.Title.Text);
        Assert.Equal("fr", feed.Language);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsolutePath == "/flux.atom");
        var entries = feed.Items.ToList();
        Assert.Equal(5, entries.Count);
        Assert.StartsWith("2021-0801 : ", entries[0].Title.Text, StringComparison.Ordinal);
        Assert.Equal("http://localhost:5000/deliberations/2021-0801", entries[0].Id); // no PublicUrl configured
        Assert.Contains(entries[0].Links, l => l.MediaType == "application/json" && l.Uri.AbsolutePath == "/api/deliberations/2021-0801");
        Assert.Equal(new DateTimeOffset(2021, 12, 13, 0, 0, 0, TimeSpan.Zero), entries[0].PublishDate);
        Assert.All(entries, e => Assert.NotEqual(default, e.LastUpdatedTime));
    }

    [Fact]
    public async Task An_official_feed_lists_the_decisions_with_the_official_status()
    {
        var (_, feed) = await LoadAsync("/elus/m-aggoun-2015/flux.atom");

        Assert.Equal("Délibérations où figure M.\u00A0Aggoun", feed.Title.Text);
        Assert.All(feed.Items, e => Assert.Equal("unexcused", Assert.Single(e.Categories).Name));
        Assert.Equal(["2019-3853", "2019-3364", "2018-3067"], feed.Items.Select(e => e.Title.Text.Split(' ')[0]));
        Assert.StartsWith("Absent non excusé", feed.Items.First().Summary.Text, StringComparison.Ordinal);

        var (_, kabalo) = await LoadAsync("/elus/m-kabalo-2020/flux.atom");
        Assert.StartsWith("Absent excusé, pouvoir à Mme\u00A0Prost", Assert.Single(kabalo.Items).Summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_feed_lists_the_sums_it_received_and_a_project_feed_the_decisions_that_name_it()
    {
        var (_, organisation) = await LoadAsync("/organisations/reseau-des-territoires-innovants/flux.atom");

        Assert.Equal("Sommes attribuées à Réseau des territoires innovants", organisation.Title.Text);
        Assert.Contains(organisation.Links, l => l.RelationshipType == "self" && l.Uri.AbsolutePath == "/organisations/reseau-des-territoires-innovants/flux.atom");
        var grant = Assert.Single(organisation.Items);
        Assert.StartsWith("2019-3853 : ", grant.Title.Text, StringComparison.Ordinal);
        Assert.StartsWith("Montant attribué : 26 500 €", grant.Summary.Text.Replace('\u202F', ' ').Replace('\u00A0', ' '), StringComparison.Ordinal);

        var (_, project) = await LoadAsync("/projets/grandlyon-connect-pro/flux.atom");
        Assert.Equal("Délibérations qui nomment le projet GrandLyon Connect Pro", project.Title.Text);
        Assert.Contains(project.Items, e => e.Title.Text.StartsWith("2021-0801 : ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_search_feed_gives_what_the_search_finds_newest_first_and_the_search_page_links_to_it()
    {
        var (_, feed) = await LoadAsync("/recherche/flux.atom?q=subvention");

        Assert.Equal("Recherche «\u00A0subvention\u00A0»", feed.Title.Text);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.PathAndQuery == "/recherche/flux.atom?q=subvention");
        var dates = feed.Items.Select(e => e.PublishDate).ToList();
        Assert.Contains(feed.Items, e => e.Title.Text.StartsWith("2019-3853 : ", StringComparison.Ordinal));
        Assert.Equal(dates.OrderDescending(), dates);

        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/recherche?q=subvention");
        Assert.NotNull(page.Document.QuerySelector("main .data-links a[type='application/atom+xml'][href='/recherche/flux.atom?q=subvention']"));
    }

    [Fact]
    public async Task A_search_feed_without_words_is_a_bad_request()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/recherche/flux.atom?q=%20", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/projets/inconnu/flux.atom")]
    [InlineData("/organisations/inconnu/flux.atom")]
    public async Task An_unknown_project_or_organisation_has_no_feed(string url)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_official_has_no_feed()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/elus/m-personne-2015/flux.atom", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(HttpResponseMessage, SyndicationFeed)> LoadAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return (response, formatter.Feed);
    }
}
