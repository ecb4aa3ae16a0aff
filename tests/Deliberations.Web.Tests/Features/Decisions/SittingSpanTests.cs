using Deliberations.Web.Features.Shared.Paging;

namespace Deliberations.Web.Tests.Features.Decisions;

public class SittingSpanTests
{
    // Newest first: sittings 1 and 2 share 2024-03-01 (two bodies), sitting 3 is older, then 4 undated decisions.
    private static readonly SittingCount[] Counts =
    [
        new(3, new DateOnly(2023, 6, 1), 30),
        new(null, null, 4),
        new(1, new DateOnly(2024, 3, 1), 10),
        new(2, new DateOnly(2024, 3, 1), 5),
    ];

    [Fact]
    public void The_first_page_takes_the_newest_date_whole_and_the_next_sitting()
    {
        var span = SittingSpan.Of(Counts, skip: 0, take: 25);

        Assert.Equal([1, 2, 3], span.SittingIds);
        Assert.Equal(0, span.Skip);
    }

    [Fact]
    public void A_page_inside_one_sitting_skips_within_it()
    {
        var span = SittingSpan.Of(Counts, skip: 20, take: 5);

        Assert.Equal([3], span.SittingIds);
        Assert.Equal(5, span.Skip);
    }

    [Fact]
    public void The_last_page_reaches_the_undated_decisions()
    {
        var span = SittingSpan.Of(Counts, skip: 25, take: 25);

        Assert.Equal([3, null], span.SittingIds);
        Assert.Equal(10, span.Skip);
    }

    [Fact]
    public void A_page_past_the_end_spans_nothing()
    {
        Assert.Empty(SittingSpan.Of(Counts, skip: 49, take: 25).SittingIds);
    }
}
