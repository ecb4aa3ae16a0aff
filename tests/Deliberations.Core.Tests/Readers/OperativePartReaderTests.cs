using Deliberations.Core.Parsing.Readers;
using Deliberations.Core.Tests.Support;

namespace Deliberations.Core.Tests.Readers;

public class OperativePartReaderTests
{
    [Fact]
    public void Reads_articles_and_sub_points()
    {
        var s = Snippet.Of(
            "Le Conseil,", "Vu ledit dossier ;", "", "#### DELIBERE", "",
            "##### 1° - Approuve :", "", "a) - le projet,", "", "- b) - la convention", "à passer avec la FING.", "",
            "**2° - Autorise** monsieur le Président à signer.", "",
            "Et ont signé les membres présents,");
        var op = OperativePartReader.Read(s.Source, s.Map, s.Diagnostics);
        Assert.Equal("DELIBERE", op.Verb);
        Assert.Equal(["1°", "2°"], op.Articles.Select(a => a.Number));
        Assert.Equal("Approuve : a) le projet, b) la convention à passer avec la FING.", op.Articles[0].Text);
        Assert.Equal(["a) le projet,", "b) la convention à passer avec la FING."], op.Articles[0].SubPoints.Select(p => $"{p.Label} {p.Text}"));
        Assert.Equal("Autorise monsieur le Président à signer.", op.Articles[1].Text);
        Assert.Equal([6, 13], op.Articles.Select(a => a.Line));
        Assert.Empty(s.Diagnostics.Items);
    }

    [Theory]
    [InlineData("DECIDE", "DECIDE")]
    [InlineData("DÉLIBÈRE", "DELIBERE")]
    [InlineData("**DELIBERE**", "DELIBERE")]
    [InlineData("ARRÊTE :", "ARRETE")]
    public void Normalises_the_verb(string line, string verb)
    {
        var s = Snippet.Of("Le Conseil,", line, "1° - Approuve.");
        Assert.Equal(verb, OperativePartReader.Read(s.Source, s.Map, s.Diagnostics).Verb);
    }

    [Fact]
    public void Reads_article_styles_of_other_councils()
    {
        var s = Snippet.Of("DECIDE", "Article 1er : approuve.", "Article 2 - autorise.");
        Assert.Equal(["1°", "2°"], OperativePartReader.Read(s.Source, s.Map, s.Diagnostics).Articles.Select(a => a.Number));
    }

    [Fact]
    public void A_gap_in_the_numbering_and_text_before_the_first_article_are_reported()
    {
        var s = Snippet.Of("DELIBERE", "Préambule égaré.", "1° - Approuve.", "3° - Autorise.");
        OperativePartReader.Read(s.Source, s.Map, s.Diagnostics);
        Assert.Contains("article-sequence", s.Codes);
        Assert.Contains("operative-unplaced", s.Codes);
    }

    [Fact]
    public void A_verb_without_articles_is_reported()
    {
        var s = Snippet.Of("DELIBERE", "Le texte n'a pas d'article.", "Et ont signé les membres présents,");
        Assert.Empty(OperativePartReader.Read(s.Source, s.Map, s.Diagnostics).Articles);
        Assert.Contains("no-articles", s.Codes);
    }
}
