using Deliberations.Web.Features.Decisions;

namespace Deliberations.Web.Tests.Features.Decisions;

public class PagerTests
{
    [Theory]
    [InlineData(1, 0, 1, 1)]
    [InlineData(5, 0, 1, 1)]
    [InlineData(1, 25, 1, 1)]
    [InlineData(2, 26, 2, 2)]
    [InlineData(9, 26, 2, 2)]
    [InlineData(-3, 26, 1, 2)]
    public void Page_is_clamped_to_the_pages_that_exist(int requested, int total, int page, int count)
    {
        var pager = Pager.For(requested, total, 25);

        Assert.Equal((page, count), (pager.Page, pager.PageCount));
    }

    [Fact]
    public void Window_shows_the_ends_and_the_pages_around_the_current_one()
    {
        Assert.Equal([1, null, 4, 5, 6, 7, 8, null, 20], Pager.For(6, 500, 25).Window());
        Assert.Equal([1, 2, 3, null, 20], Pager.For(1, 500, 25).Window());
        Assert.Equal([1, 2, 3, 4, 5], Pager.For(3, 125, 25).Window());
    }

    [Fact]
    public void First_and_last_say_which_items_the_page_holds()
    {
        var pager = Pager.For(2, 31, 25);

        Assert.Equal((25, 26, 31), (pager.Skip, pager.First, pager.Last));
        Assert.Equal(0, Pager.For(1, 0, 25).First);
    }
}
