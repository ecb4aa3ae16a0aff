using Deliberations.Web.Data.Sqlite;

namespace Deliberations.Web.Tests.Features.Search;

public class FtsQueryTests
{
    [Theory]
    [InlineData("Biennale de la danse", "\"Biennale\" \"danse\"*")]
    [InlineData("subvention à l'association", "\"subvention\" \"l'association\"*")]
    [InlineData("De La", "\"De\" \"La\"*")]
    [InlineData("aux", "\"aux\"*")]
    public void Function_words_are_left_out_when_other_words_remain(string typed, string expected) =>
        Assert.Equal(expected, FtsQuery.Build(typed));

    [Theory]
    [InlineData("number:1 OR title:x", "\"number1\" \"OR\" \"titlex\"*")]
    [InlineData("a\"b NEAR(c)", "\"a\"\"b\" \"NEARc\"*")]
    public void Operators_and_quotes_stay_words(string typed, string expected) =>
        Assert.Equal(expected, FtsQuery.Build(typed));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*** ()")]
    public void Nothing_to_search_gives_no_query(string typed) => Assert.Null(FtsQuery.Build(typed));
}
