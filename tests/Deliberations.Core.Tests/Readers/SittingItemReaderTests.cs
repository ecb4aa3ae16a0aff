using Deliberations.Core.Parsing;
using Deliberations.Core.Parsing.Layouts.Minutes;

namespace Deliberations.Core.Tests.Readers;

/// <summary>The numbered items of minutes, each way the corpus numbers them.</summary>
public class SittingItemReaderTests
{
    public static TheoryData<string, string[]> Numberings() => new()
    {
        {
            "2013.02.04 - 1 ADOPTION DES COMPTES-RENDUS DES SEANCES DES 8 OCTOBRE ET 26 NOVEMBRE 2012 @1 [] | 2013.02.04 - 2 DOTATION @5 [180000,293788.13]",
            ["2013.02.04 - 1  ADOPTION  DES  COMPTES-RENDUS  DES  SEANCES  DES  8  OCTOBRE  ET  26 ", "", "NOVEMBRE 2012 ", "Avant d'aborder les questions", "2013.02.04 - 2  DOTATION", "Le coût est de 180.000 €uros H.T.", "soit 293 788,13  € T.  T.  C."]
        },
        {
            "2017.07.04 - 1 ADOPTION @1 [] | 2017.07.04 – 1 BIS DESIGNATION DES DELEGUES @3 []",
            ["2017.07.04 - 1  ADOPTION", "", "2017.07.04 – 1 ", "BIS ", "", "DESIGNATION  DES  DELEGUES ", "Le conseil"]
        },
        {
            "2014/25 DECISISIONS MODIFICATIVES – VOTE DE CREDITS @1 [] | 2014/26 ACQUISITION TERRAIN @3 [1500]",
            ["2014/25 – DECISISIONS MODIFICATIVES – VOTE DE CREDITS", "Le Maire expose", "2014/26 – ACQUISITION TERRAIN", "au prix de 1 500 €"]
        },
        {
            "0 Approbation du dernier compte-rendu @4 [] | 1 Vote des subventions 2015 @5 [200] | 2 Plan de financement @7 []",
            ["1) Vote des subventions 2015", "2) Plan de financement", "3) Urbanisme", "0) Approbation du dernier compte-rendu", "1) Vote des subventions 2015", "Ski-club 200 €", "2) Plan de financement", "1 - la première tranche"]
        },
        {
            "1 Observation sur le compte-rendu @3 [] | 2 Compte-rendu des décisions @4 [] | 3 N° 2018-055 - Information sur les marchés @5 []",
            ["1. Observations sur le compte rendu page 03", "2. Compte rendu des décisions page 03", "1 – Observation sur le compte-rendu", "2 – Compte-rendu des décisions", "3 –N° 2018-055 - Information sur les marchés"]
        },
    };

    [Theory]
    [MemberData(nameof(Numberings))]
    public void Reads_items_with_their_number_title_line_and_amounts(string expected, string[] lines)
    {
        var items = SittingItemReader.Read(SourceText.FromString(string.Join("\n", lines)), new DiagnosticBag());

        Assert.Equal(expected, string.Join(" | ", items.Select(i => $"{i.Number} {i.Title} @{i.Line} [{string.Join(',', i.Amounts.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)))}]")));
    }

    [Fact]
    public void An_item_heading_damaged_by_ocr_is_said()
    {
        var diagnostics = new DiagnosticBag();

        var items = SittingItemReader.Read(SourceText.FromString("2018-07.06-I ADOPTIONDUCOMPTERENDUDELASEANCEDU26JUIN2018\ntexte"), diagnostics);

        Assert.Equal("2018-07.06-I", Assert.Single(items).Number);
        Assert.Contains(diagnostics.Items, d => d.Code == "ocr-item-heading" && d.Line == 1);
    }
}
