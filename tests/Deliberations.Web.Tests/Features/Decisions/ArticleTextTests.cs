using Deliberations.Web.Features.Decisions;

namespace Deliberations.Web.Tests.Features.Decisions;

public class ArticleTextTests
{
    [Fact]
    public void Lettered_points_are_split_from_the_lead()
    {
        var (lead, points) = ArticleText.Split("Approuve : a) le partenariat \"@rchipel\", b) la convention à passer entre l'État et la Métropole.");

        Assert.Equal("Approuve :", lead);
        Assert.Equal(["a) le partenariat \"@rchipel\",", "b) la convention à passer entre l'État et la Métropole."], points);
    }

    [Theory]
    [InlineData("Autorise monsieur le Président à signer.")]
    [InlineData("Approuve : a) le seul point.")]
    [InlineData("Approuve : b) un point, c) un autre.")]
    [InlineData("Approuve les annexes a)b) sans espace.")]
    public void Text_without_a_run_of_points_stays_whole(string text)
    {
        var (lead, points) = ArticleText.Split(text);

        Assert.Equal(text, lead);
        Assert.Empty(points);
    }
}
