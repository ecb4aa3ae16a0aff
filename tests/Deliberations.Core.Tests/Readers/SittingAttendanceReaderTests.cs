using Deliberations.Core.Parsing;
using Deliberations.Core.Parsing.Layouts.Minutes;

namespace Deliberations.Core.Tests.Readers;

/// <summary>Each attendance grammar of the other councils' minutes, on a snippet of the real document.</summary>
public class SittingAttendanceReaderTests
{
    public static TheoryData<string, string, string[]> Grammars() => new()
    {
        {
            "grouped civilities without dots, MME/MMES, roles, proxies one a line (Avranches 2013)",
            "P: M. HUET, M. BAZIN, Mme HAYERE, M. DELAUNAY, Mme DOUBLET, Mme GILBERT, M. LECARDONNEL, M. LE ROUX, Mme LEROY | E: M. BORDIN > M. DAUVIN, Mme MORIN-SOGOBA > M. CHALLIER | U: ",
            [
                "Étaient présents : M. HUET, Député-Maire ",
                "M.  BAZIN,  MME  HAYERE,  M.  DELAUNAY,  MMES  DOUBLET, ",
                "GILBERT, adjoints, ",
                "",
                " ",
                "",
                "MM  LECARDONNEL,  LE  ROUX,  MME  LEROY, conseillers municipaux, ",
                "",
                "Pouvoirs ",
                "Monsieur G. BORDIN a donné pouvoir à Monsieur J. DAUVIN ",
                "Madame V. MORIN-SOGOBA a donné pouvoir à Monsieur H. CHALLIER ",
                "",
                "Secrétaire de séance  ",
                "Monsieur A. MORAZIN est désigné comme secrétaire de séance. ",
            ]
        },
        {
            "late arrival, proxy limited in time, typed pourvoir, lower-case civility (Avranches 2017)",
            "P: Mme COCHAT+[14-], M. DROULLOURS | E: Mme COCHAT[-13] > M. FERREIRA, Mme LEROY > M. MORAZIN, Mme SEILLE > Mme MAZIER | U: ",
            [
                "Étaient présents : MME COCHAT (A  PARTIR  DE  LA  QUESTION  N°14), M.  DROULLOURS, adjoints,",
                "",
                "Pouvoirs ",
                "Madame P. COCHAT a donné pouvoir à Monsieur N. FERREIRA (jusqu’à la question n°13) ",
                "Madame R. LEROY a donné pourvoir à Monsieur A.MORAZIN ",
                "Madame E. SEILLE a donné pouvoir à madame I.MAZIER ",
            ]
        },
        {
            "a column dump of counts and dates between list lines, proxies after a date, a bare Absents (OCR, Avranches 2018)",
            "P: M. NICOLAS, Mme COCHAT, M. DELAUNEY, Mme FAUVEL, Mme SERGENT | E: M. PENNEC > Mme FALIVEL, M. SAINT JAMES > M. NICOLAS | U: Mme Guichqsü, Mme DE ROSTOLAN, Mme SEILLE",
            [
                "21 Étaient présents : M. NICOLAS, Maire",
                "",
                "Pouyoirs :",
                "",
                "5",
                "",
                "Date de l'avis de convocation :",
                "",
                "MME COCHAT, M. DELAUNEY, adjoints,",
                "MMES FAUVEL, SERGENT, conseillers municipaux,",
                "",
                "28 juin 2Cll8 Pouvoirs",
                "",
                "Date de l'affichage du P.V. :",
                "",
                "11 juillet 2018",
                "",
                "Monsieur T.PENNEC a donné pouvoir à Madame J. FALIVEL",
                "Monsieur F.SAINT JAMES a donné pourvoie à monsieur D. NICOLAS",
                "",
                "Absents",
                "Mmes Guichqsü, DE ROSTOLAN ET SEILLE",
            ]
        },
        {
            "a list label lost by OCR after the proxies (Avranches 2018)",
            "P: M. NICOLAS | E: Mme MAZIER > Mme LEROY | U: M. ATLAN",
            [
                "Étaient présents : M. NICOLAS, Maire",
                "",
                "Pouvoirs",
                "Madame I.MAZIER a donné pouvoir à madame R.LEROY",
                "",
                "?",
                "Monsieur A.ATLAN",
                "",
                "Secrétaire de séance",
            ]
        },
        {
            "one civility a person with first names, Excusés with (Pouvoir à), bare Absents (Châtillon-sur-Seine)",
            "P: M. BRIGAND, M. LEMAIRE, Mme MARTIN | E: Mme ROUSSEL > Mme FLACELIERE, M. NALYSNYK > M. MAYER | U: M. KLEIN, Mme MONTENOT",
            [
                "Présents : M. Hubert BRIGAND, M. Roland LEMAIRE, Mme Séverine",
                "MARTIN.",
                "Excusés : Mme Colette ROUSSEL (pouvoir à Mme Françoise FLACELIERE), M. Franck",
                "NALYSNYK (Pouvoir à M. Joël MAYER).",
                "Absents : M. Patrice KLEIN, Mme Nathalie MONTENOT.",
                "*******************",
            ]
        },
        {
            "no civility, names joined by dashes, 'Excusés ont donné pouvoir' interleaved with a sidebar of counts (Eybens)",
            "P:  Baïetto,  Scheiblin,  Loppé | E:  Chron >  Baïetto,  Maroni >  Mendez | U: ",
            [
                "Présents : Marc Baïetto - Dominique Scheiblin -",
                "Philippe Loppé",
                "Excusés ont donné pouvoir :",
                "Marta Chron à Marc Baïetto",
                " Elus en exercice : 29",
                "Nelly Maroni à France Mendez",
                " Absents : 6",
                "Secrétaire de séance : Aurélie Sauze",
            ]
        },
        {
            "two a line joined by en dashes, Absents-excusés (Ouzous)",
            "P: M. GOSSET, M. ARMARY, Mme LURO, Mme RELET | E: M. LAFFOURCADE, M. PRATDESSUS | U: ",
            [
                "Présents : M. Dominique GOSSET",
                "M. Louis ARMARY – Mme Maryline LURO",
                "Mme Noëlle RELET",
                "Absents-excusés : M. Louis LAFFOURCADE - M. Serge PRATDESSUS",
                "Secrétaire : Mme Noëlle RELET",
            ]
        },
        {
            "collective MM et Mmes, initials glued, a name split over a line, ABSENT alone (Illats)",
            "P:  DUBOURG,  BELIN,  BUZOS,  VALLOIR,  PROVOST | E:  | U:  BAUDON",
            [
                "PRESENTS : MM et Mmes Ph. DUBOURG, G. BELIN, C.BUZOS, S.",
                "VALLOIR, J. Ph. PROVOST",
                "ABSENT : F.BAUDON",
                "Secrétaire de séance : Cécile BUZOS",
            ]
        },
        {
            "written-out group civilities, one excused a line, 'donne pouvoir à' (Saint-Apollinaire)",
            "P: Mme BERAUD, M. LELONG, M. BUSSY, M. STEL | E: M. BERTHET, M. PINONCELY, Mme STOUPY >  LELONG | U: ",
            [
                "PRESENTS : Madame Josiane BERAUD, Messieurs Yves LELONG, Claude BUSSY et",
                "François STEL.",
                "ABSENTS EXCUSES : M. J.F. BERTHET",
                "M. J.F.PINONCELY",
                "Mme Aurélie STOUPY donne pouvoir à Yves LELONG",
                "ORDRE DU JOUR",
            ]
        },
        {
            "MM. before a single name, 'et M.', 'Absents représentés : X par Y ;' (Clairoix)",
            "P: M. PORTEBOIS, Mme MALARD, Mme MARTEAU, Mme PELLARIN, M. GABRIEL, M. GAUCHY | E: M. LEDRAPPIER > M. PORTEBOIS, Mme CLEDIC > Mme PELLARIN | U: ",
            [
                "Présents : MM. PORTEBOIS, Mme MALARD, Mmes",
                "MARTEAU, PELLARIN, MM. GABRIEL et M. GAUCHY.",
                "Absents représentés : M. LEDRAPPIER par M. PORTEBOIS ;",
                "Mme CLEDIC par Mme PELLARIN.",
                "---------------------",
                "Monsieur DEROCQUENCOURT a été désigné secrétaire de séance.",
            ]
        },
        {
            "running page headers between list lines",
            "P: M. DUPONT, Mme DURAND | E:  | U: ",
            [
                "Conseil Municipal du 4 avril 2018",
                "Présents : M. Jean DUPONT,",
                "Conseil Municipal du 4 avril 2018",
                "Compte-rendu page 3",
                "Mme Anne DURAND.",
                "Conseil Municipal du 4 avril 2018",
            ]
        },
        {
            "a signature block re-listing members after the first item is not a second attendance (Ouzous)",
            "P: M. GOSSET | E: M. LAFFOURCADE | U: ",
            [
                "Présents : M. Dominique GOSSET",
                "Absents-excusés : M. Louis LAFFOURCADE",
                "2014/25 – DECISISIONS MODIFICATIVES – VOTE DE CREDITS",
                "Le conseil approuve.",
                "Présents : Louis LAFFOURCADE Absent Serge PRATDESSUS Absent",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Grammars))]
    public void Reads_each_grammar_of_the_corpus(string grammar, string expected, string[] lines)
    {
        var source = SourceText.FromString(string.Join("\n", lines));
        var diagnostics = new DiagnosticBag();
        var items = SittingItemReader.Read(source, diagnostics);
        var itemsStart = items.Count > 0 ? items[0].Line - 1 : source.Lines.Count;

        var attendance = SittingAttendanceReader.Read(source, itemsStart, diagnostics);

        var present = string.Join(", ", attendance.Present.Select(p => $"{p.Civility} {p.Name}{(p.ArrivedLate ? "+" : "")}{Items(p)}"));
        var excused = string.Join(", ", attendance.Excused.Select(a => $"{a.Person.Civility} {a.Person.Name}{Items(a.Person)}{(a.Proxy is null ? "" : $" > {a.Proxy.Civility} {a.Proxy.Name}")}"));
        var unexcused = string.Join(", ", attendance.Unexcused.Select(p => $"{p.Civility} {p.Name}"));
        Assert.True($"P: {present} | E: {excused} | U: {unexcused}" == expected, $"{grammar}\n got: P: {present} | E: {excused} | U: {unexcused}");
    }

    /// <summary><c>[14-]</c>: from item 14 on; <c>[-13]</c>: until item 13; nothing when the line holds for the whole sitting.</summary>
    private static string Items(Model.Person person) =>
        person.FromItem is null && person.UntilItem is null ? "" : $"[{person.FromItem}-{person.UntilItem}]";
}
