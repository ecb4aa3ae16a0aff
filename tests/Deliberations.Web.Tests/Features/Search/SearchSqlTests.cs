using Deliberations.Web.Data;
using Deliberations.Web.Data.Sqlite;

namespace Deliberations.Web.Tests.Features.Search;

public class SearchSqlTests
{
    [Theory]
    [InlineData(SearchOrder.Newest)]
    [InlineData(SearchOrder.Relevant)]
    public void Filters_are_parameters_never_text_of_the_query(SearchOrder order)
    {
        var hostile = new SearchFilter(2019, "Conseil'); DROP TABLE \"Decisions\"; --");

        var sql = SearchSql.For(order, hostile);

        Assert.DoesNotContain("DROP", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("2019", sql, StringComparison.Ordinal);
        Assert.Contains("$from", sql, StringComparison.Ordinal);
        Assert.Contains("$body", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_filters_the_query_names_none_of_their_parameters()
    {
        var sql = SearchSql.For(SearchOrder.Newest, SearchFilter.None);

        Assert.DoesNotContain("$from", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("$body", sql, StringComparison.Ordinal);
    }
}
