using Deliberations.Web.Data;
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

    [Fact]
    public void The_last_word_becomes_the_index_words_it_begins()
    {
        string? asked = null;
        var match = FtsQuery.Build("Biennale de la Dansé", folded =>
        {
            asked = folded;
            return ["danse", "danses"];
        });

        Assert.Equal("danse", asked);
        Assert.Equal("\"Biennale\" AND (\"danse\" OR \"danses\")", match);
    }

    [Fact]
    public void Without_completions_the_last_word_stays_an_FTS5_prefix()
    {
        Assert.Equal("\"subvention\"*", FtsQuery.Build("subvention", _ => null));
        Assert.Equal("\"subvention\"*", FtsQuery.Build("subvention", _ => []));
    }

    [Theory]
    [InlineData("Énergie", "energie")]
    [InlineData("COLLÈGE", "college")]
    [InlineData("2019", "2019")]
    [InlineData("Part-Dieu", null)]
    [InlineData("d'abord", null)]
    [InlineData("œuvre", null)]
    [InlineData("Łódź", null)]
    public void Only_plain_words_are_completed_by_this_code(string token, string? folded) =>
        Assert.Equal(folded, FtsQuery.FoldedWord(token));

    [Fact]
    public void The_terms_to_highlight_are_the_searched_words_folded_with_the_last_as_prefix()
    {
        var terms = SearchWords.TermsOf("Subvention à l'Association Part-Dieu");

        Assert.NotNull(terms);
        Assert.Equal(["subvention", "l", "association", "part"], terms.Words);
        Assert.Equal("dieu", terms.Prefix);
    }
}
