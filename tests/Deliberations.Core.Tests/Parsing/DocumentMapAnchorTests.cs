using System.Text.RegularExpressions;
using Deliberations.Core.Parsing;

namespace Deliberations.Core.Tests.Parsing;

/// <summary>The first-letter test of <see cref="DocumentMap"/> must let through every line its anchors' patterns match.</summary>
public class DocumentMapAnchorTests
{
    public static TheoryData<string, RegexOptions, string, string> Anchors => new()
    {
        { @"^Pr[ée]sents?\s*:", RegexOptions.IgnoreCase, "P", "résents :" },
        { @"^(?:Le|La|L')\s*(?:Conseil|Commission permanente|Bureau|Assembl[ée]e)[^,:.]{0,40},$", RegexOptions.IgnoreCase, "L", "e Conseil,|a Commission permanente,|'Assemblée," },
        { @"^(?:D[ÉE]LIB[ÈE]RE|D[ÉE]CIDE|ARR[ÊE]TE)\s*:?$", RegexOptions.None, "DA", "ELIBERE|ÉCIDE :|RRÊTE" },
        { @"^(?:Et ont sign[ée]|Pour extrait conforme|Re[çc]u au contr[ôo]le de l[ée]galit[ée]|Accus[ée] de r[ée]ception)", RegexOptions.IgnoreCase, "EPRA", "t ont signé|our extrait conforme|eçu au contrôle de légalité|ccusé de réception" },
        { @"^Vu\s+ledit\s+dossier", RegexOptions.IgnoreCase, "V", "u ledit dossier ;" },
        { @"^(?:Conseil|Commission permanente|Bureau)\b.*\b(?:du|le)\s+\d", RegexOptions.IgnoreCase, "CB", "onseil du 1|ommission permanente du 2|ureau le 3" },
        // HeaderReader's sitting line, tested the same way.
        { @"^(?<body>Conseil(?: de la M[ée]tropole| m[ée]tropolitain| municipal)?|Commission permanente|Bureau)\s+du\s+(?<date>\d{1,2}\s*(?:er)?\s+\p{L}+\s+\d{4})", RegexOptions.IgnoreCase, "CB", "onseil du 1er mars 2019|ommission permanente du 2 mai 2020|ureau du 3 juin 2021" },
    };

    [Theory]
    [MemberData(nameof(Anchors))]
    public void Every_line_an_anchor_matches_starts_with_one_of_its_letters(string pattern, RegexOptions options, string firsts, string rests)
    {
        foreach (var regex in new[] { new Regex(pattern, options), new Regex(pattern, options | RegexOptions.CultureInvariant) })
        {
            var matched = 0;
            foreach (var rest in rests.Split('|'))
            {
                for (var c = char.MinValue; c < char.MaxValue; c++)
                {
                    var line = c + rest;
                    if (regex.IsMatch(line))
                    {
                        matched++;
                        Assert.True(DocumentMap.MayStart(line, firsts), $"U+{(int)c:X4} in « {line} »");
                    }
                }
            }

            Assert.True(matched > 0, "the suffixes must complete a match");
        }
    }

    [Theory]
    [InlineData("", "P", false)]
    [InlineData("Présents :", "P", true)]
    [InlineData("présents :", "P", true)]
    [InlineData("Absents :", "P", false)]
    [InlineData("Accusé", "EPRA", true)]
    public void May_start_tests_the_first_letter_in_either_case(string line, string firsts, bool expected) =>
        Assert.Equal(expected, DocumentMap.MayStart(line, firsts));
}
