using Deliberations.Core.Parsing;
using Deliberations.Core.Parsing.Layouts.Minutes;

namespace Deliberations.Core.Tests.Readers;

/// <summary>What minutes say of their sitting, on snippets of the real documents.</summary>
public class SittingHeaderReaderTests
{
    /// <summary>An Avranches heading: counts and dates as a column dump, labels first and values lines later.</summary>
    private static readonly string[] ColumnDump =
    [
        "VILLE D'AVRANCHES ", "", "PROCES VERBAL DE LA RÉUNION DU CONSEIL MUNICIPAL ", "", "DU LUNDI 1ER JUILLET 2013 ", "",
        "Nombre de conseillers ", "en exercice : ", "", "_____________ ", "", "Nombre de conseillers  ", "en séance : ", "",
        "Pouvoirs : ", "", "29 ", "", "25 ", "", "4 ", "", "Date de l'avis de convocation :  ", "", "24 juin 2013 ", "",
        "Date de l'affichage du P.V. :  ", "", "8 juillet 2013 ", "",
        "L'an deux mille treize, le premier juillet, le conseil municipal de la ville d'Avranches, ",
        "dûment  convoqué,  s'est  assemblé  au  lieu  ordinaire  de  ses  séances,  sous  la ",
        "présidence de Monsieur Guénhaël HUET, Député-Maire de la ville d'Avranches. ", "",
        "Secrétaire de séance  ", "Madame M.P. DUTEIL est désignée comme secrétaire de séance. ",
    ];

    public static TheoryData<string, string[]> Headings() => new()
    {
        { "2013-07-01 | M. HUET (Guénhaël) | Mme DUTEIL (M.P.) | 29 | 2013-06-24 | 2013-07-08 | VILLE D'AVRANCHES", ColumnDump },
        {
            "2018-04-04 | M. BRIGAND (Hubert) | Mme FLACELIERE (Françoise) | - | - | - | VILLE DE CHATILLON-SUR-SEINE",
            ["VILLE DE CHATILLON-SUR-SEINE", "COMPTE RENDU", "CONSEIL MUNICIPAL", "DU", "4 AVRIL 2018", "Présidence : M. Hubert BRIGAND", "Secrétaire de Séance : Mme FLACELIERE Françoise"]
        },
        {
            "2013-10-24 |  Baïetto (Marc) |  Sauze (Aurélie) | 29 | 2013-10-18 | - | VILLE D’EYBENS",
            [
                "VILLE D’EYBENS", "DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DU 24 OCTOBRE 2013",
                "Le jeudi 24 octobre 2013 à 17 h 30, le Conseil municipal de la commune d’Eybens dûment",
                "convoqué s’est réuni en mairie sous la présidence de Marc Baïetto, Maire.", "Date de la convocation : vendredi 18 octobre 2013",
                "Marta Chron à Marc Baïetto", " Elus en exercice : 29", "Secrétaire de séance : Aurélie Sauze",
            ]
        },
        {
            "2014-11-06 | M. GOSSET (Dominique) | Mme RELET (Noëlle) | - | 2014-10-22 | - | -",
            [
                "Séance Publique du Conseil Municipal d’OUZOUS du 6 novembre 2014", "1", "SEANCE DU 6 NOVEMBRE 2014",
                "Convocation a été adressée le 22 octobre 2014 par écrit à chacun des Conseillers",
                "sous la présidence de Monsieur Dominique GOSSET Maire.", "Secrétaire : Mme Noëlle RELET",
            ]
        },
        {
            "2015-05-22 | M. LELONG (Yves) | M. STEL (François) | 11 | 2015-05-07 | - | -",
            [
                "1", "COMPTE RENDU", "DE LA REUNION DU CONSEIL MUNICIPAL", "DU VENDREDI 22 MAI 2015 A 20H00 A LA MAIRIE", "Date de la convocation : 07/05/2015",
                "Nombre de conseillers en exercice : 11", "Secrétaire de séance : M. François STEL",
                "L’an deux mille quinze, le vingt-deux mai, à vingt heures et zéro minute, le Conseil",
                "Municipal, dûment convoqué s’est réuni à la Mairie sous la présidence de M. Yves", "LELONG, Maire de la commune.",
            ]
        },
        {
            "2006-03-24 | M. PORTEBOIS (Laurent) | M. DEROCQUENCOURT | 18 | 2006-03-15 | 2006-03-16 | -",
            [
                "CONSEIL MUNICIPAL DU 24", "MARS 2006", "L’an deux mil six et le vingt quatre mars, à vingt heures trente, le Conseil Municipal de",
                "le lieu habituel de ses séances, sous la présidence de Monsieur Laurent PORTEBOIS,", "Maire.",
                "Monsieur DEROCQUENCOURT a été désigné secrétaire de séance.", "Nombre de Conseillers en exercice : 18",
                "Date de la convocation : 15.03.2006", "Date de l’affichage : 16.03.2006",
            ]
        },
        {
            "2018-07-06 | M. NICOLAS (David) | Mme CALVEZ (N.) | 29 | 2018-06-28 | 2018-07-11 | -",
            [
                "Nombre de conseillers", "en exercice :", "", "VILLE ô'AVRANCHES", "t)U VENC)REC)I 06 JUILLET 2018", "", "29", "",
                "L'an deux mille dix-huit, le six juillet, le conseil municipal de la ville d'Avranches, dûment",
                "convoqué, s'est assemblé au lieu ordinaire de ses séances, sous la présidence de Monsieur", "David NICOLAS, Maire de la ville d'Avranches.",
                "Date de l'avis de convocation :", "", "MME COCHAT, M. Dsouaout<s, MME PARENT,", "28 juin 2Cll8 Pouvoirs", "",
                "Date de l'affichage du P.V. :", "", "11 juillet 2018", "Madame N. CALVEZ est désignée comme secrétaire de séance.",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Headings))]
    public void Reads_the_sitting_from_its_heading(string expected, string[] lines)
    {
        var h = SittingHeaderReader.Read(SourceText.FromString(string.Join("\n", lines)), new DiagnosticBag());

        var president = h.President is { } p ? $"{p.Civility} {p.Name} ({p.FirstName})" : "-";
        var secretary = h.Secretary is { } s ? $"{s.Civility} {s.Name}{(s.FirstName is null ? "" : $" ({s.FirstName})")}" : "-";
        var members = h.MembersInOffice is { } m ? FormattableString.Invariant($"{m}") : "-";
        var convocation = h.ConvocationDate is { } c ? FormattableString.Invariant($"{c:yyyy-MM-dd}") : "-";
        var posted = h.PostedDate is { } d ? FormattableString.Invariant($"{d:yyyy-MM-dd}") : "-";
        Assert.Equal(expected, FormattableString.Invariant($"{h.SessionDate:yyyy-MM-dd} | {president} | {secretary} | {members} | {convocation} | {posted} | {h.Collectivity ?? "-"}"));
    }

    [Fact]
    public void A_count_and_a_year_read_through_ocr_damage_are_said()
    {
        var diagnostics = new DiagnosticBag();
        var h = SittingHeaderReader.Read(
            SourceText.FromString(string.Join("\n", "Nombre de conseillers", "en exercice :", "", "0U LUNt)I 09 AVRIL 2018", "", "2g de Monsieur David NICOLAS, Maire.", "Date de l'avis de convocation :", "", "03 avril 2Cl8")),
            diagnostics);

        Assert.Equal(29, h.MembersInOffice);
        Assert.Equal(new DateOnly(2018, 4, 3), h.ConvocationDate);
        Assert.Equal(["ocr-digits", "ocr-year"], diagnostics.Items.Where(d => d.Code.StartsWith("ocr", StringComparison.Ordinal)).Select(d => d.Code));
    }
}
