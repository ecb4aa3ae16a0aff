using AngleSharp.Html.Parser;
using Deliberations.Web.Features.Shared.Paging;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Shared.Paging;

public class PagingTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    public const string PartialPath = "/Features/Shared/Paging/_Pager.cshtml";

    [Theory]
    [InlineData(null, 120, 1, 3, 1, 50)]
    [InlineData(2, 120, 2, 3, 51, 100)]
    [InlineData(3, 120, 3, 3, 101, 120)]
    [InlineData(99, 120, 3, 3, 101, 120)] // past the end: the last page
    [InlineData(0, 120, 1, 3, 1, 50)]
    [InlineData(-4, 120, 1, 3, 1, 50)]
    [InlineData(5, 0, 1, 1, 0, 0)] // nothing to show is still one page
    [InlineData(1, 50, 1, 1, 1, 50)]
    [InlineData(2, 51, 2, 2, 51, 51)]
    public void Requested_page_is_clamped_to_the_pages_that_exist(int? requested, int total, int page, int pages, int first, int last)
    {
        var paging = Deliberations.Web.Features.Shared.Paging.Paging.Of(requested, 50, total);

        Assert.Equal((page, pages, first, last), (paging.Page, paging.PageCount, paging.First, paging.Last));
        Assert.Equal(page > 1, paging.HasPrevious);
        Assert.Equal(page < pages, paging.HasNext);
    }

    [Fact]
    public void Window_shows_the_ends_and_the_pages_around_the_current_one()
    {
        Assert.Equal([1, null, 4, 5, 6, 7, 8, null, 20], Deliberations.Web.Features.Shared.Paging.Paging.Of(6, 25, 500).Window());
        Assert.Equal([1, 2, 3, null, 20], Deliberations.Web.Features.Shared.Paging.Paging.Of(1, 25, 500).Window());
        Assert.Equal([1, 2, 3, 4, 5], Deliberations.Web.Features.Shared.Paging.Paging.Of(3, 25, 125).Window());
    }

    [Fact]
    public async Task Pager_names_its_landmark_and_links_the_neighbouring_pages()
    {
        var model = new PagerModel(Deliberations.Web.Features.Shared.Paging.Paging.Of(2, 50, 120), "Pages des séances", p => $"/seances?page={p}");

        var html = await PartialRenderer.RenderAsync(factory.Services, PartialPath, model);
        var nav = new HtmlParser().ParseDocument("<body>" + html + "</body>").QuerySelector("nav")!;

        Assert.Equal("Pages des séances", nav.GetAttribute("aria-label"));
        Assert.Equal(
            [("Première", "/seances?page=1"), ("Précédente", "/seances?page=1"), ("Suivante", "/seances?page=3"), ("Dernière", "/seances?page=3")],
            nav.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href")!)));
        Assert.Equal("Page 2 sur 3 (51 à 100 sur 120)", nav.QuerySelector("[aria-current=page]").Text());
    }

    [Fact]
    public async Task A_single_page_needs_no_pager()
    {
        var model = new PagerModel(Deliberations.Web.Features.Shared.Paging.Paging.Of(1, 50, 12), "Pages", p => "/");

        var html = await PartialRenderer.RenderAsync(factory.Services, PartialPath, model);

        Assert.Equal("", html.Trim());
    }
}
