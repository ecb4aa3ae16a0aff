using System.Text;
using System.Text.Json;
using Deliberations.Core.Json;
using Deliberations.Core.Model;
using Deliberations.Core.Parsing;
using Deliberations.Core.Tests.Support;

namespace Deliberations.Core.Tests.Variants;

/// <summary>
/// Each seed, damaged the way real files are, must parse to the same facts. The assertions compare a
/// variant with the parse of the intact seed, never with values written for a particular seed.
/// </summary>
public class VariantTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Repo.SeedFiles())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Encodings_and_line_ends_change_nothing(string seed)
    {
        var text = Read(seed);
        var expected = Comparable(ExtractParser.Parse(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, Comparable(ExtractParser.Parse(SeedVariants.WithBom(text))));
        Assert.Equal(expected, Comparable(ExtractParser.Parse(SeedVariants.WithCrlf(text))));
        Assert.Equal(expected, Comparable(ExtractParser.Parse(SeedVariants.Decomposed(text))));
        Assert.Equal(expected, Comparable(ExtractParser.Parse(SeedVariants.WithTrailingSpaces(text))));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Windows_1252_reads_like_utf8(string seed)
    {
        var text = SeedVariants.Through1252(Read(seed));
        var parsed = ExtractParser.Parse(SeedVariants.Windows1252(text));
        Assert.Equal("windows-1252", parsed.Source.Encoding);
        Assert.Equal(Comparable(ExtractParser.Parse(Encoding.UTF8.GetBytes(text))), Comparable(parsed));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reflowed_text_gives_the_same_facts(string seed)
    {
        var original = ExtractParser.Parse(Read(seed));
        var reflowed = ExtractParser.Parse(SeedVariants.Reflowed(Read(seed)));
        // Reflowing moves lines: the facts must stay, not the numbers of the lines they stand on.
        Assert.Equal(original.Header with { }, reflowed.Header with { Rapporteur = Relined(reflowed.Header.Rapporteur, original.Header.Rapporteur), President = Relined(reflowed.Header.President, original.Header.President), Secretary = Relined(reflowed.Header.Secretary, original.Header.Secretary), Lines = original.Header.Lines });
        Assert.Equal(Names(original.Attendance), Names(reflowed.Attendance));
        Assert.Equal(original.OperativePart.Articles.Select(a => (a.Number, a.Text)), reflowed.OperativePart.Articles.Select(a => (a.Number, a.Text)));
        Assert.Equal(Totals(original), Totals(reflowed));
        Assert.Equal(original.Legality with { Line = 0 }, reflowed.Legality with { Line = 0 });
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_missing_unexcused_list_is_empty_and_the_count_check_says_so(string seed)
    {
        var original = ExtractParser.Parse(Read(seed));
        var parsed = ExtractParser.Parse(SeedVariants.WithoutLinesStarting(Read(seed), "Absents non excusés"));
        Assert.Empty(parsed.Attendance.Unexcused);
        Assert.Equal(Names(original.Attendance).Present, Names(parsed.Attendance).Present);
        if (original.Attendance.Unexcused.Count > 0 && original.Header.MembersInOffice is not null)
        {
            Assert.Contains(parsed.Diagnostics, d => d.Code == "attendance-count-mismatch");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Without_the_operative_verb_the_parser_says_so_and_keeps_the_rest(string seed)
    {
        var text = SeedVariants.WithoutLinesStarting(SeedVariants.WithoutLinesStarting(Read(seed), "DELIBERE"), "DECIDE");
        var parsed = ExtractParser.Parse(text);
        Assert.Contains(parsed.Diagnostics, d => d.Code == "missing-operative-part");
        Assert.Equal(ExtractParser.Parse(Read(seed)).Header.Number, parsed.Header.Number);
        Assert.NotEmpty(parsed.Attendance.Present);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Without_the_top_header_the_repeated_header_identifies_the_decision(string seed)
    {
        var original = ExtractParser.Parse(Read(seed));
        var parsed = ExtractParser.Parse(SeedVariants.WithoutTopHeader(Read(seed)));
        Assert.Equal(original.Header.Number, parsed.Header.Number);
        Assert.Equal(original.Header.SessionDate, parsed.Header.SessionDate);
        Assert.Equal(original.Header.Body, parsed.Header.Body);
        Assert.Equal(original.Header.Title, parsed.Header.Title);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Truncated_files_still_give_an_answer_with_diagnostics(string seed)
    {
        foreach (var fraction in new[] { 0.02, 0.1, 0.3, 0.5, 0.8, 0.95 })
        {
            var parsed = ExtractParser.Parse(SeedVariants.Truncated(Read(seed), fraction));
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Code == "reader-failed");
            Assert.NotEmpty(parsed.Diagnostics);
            using var json = JsonDocument.Parse(ParsedExtractJson.ToJson(parsed, seed));
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_typo_in_a_name_is_kept_as_printed(string seed)
    {
        var text = Read(seed);
        var original = ExtractParser.Parse(text);
        var victim = original.Attendance.Present.First(p => p.Name.Length > 3 && !p.Name.Contains(' ', StringComparison.Ordinal));
        var typo = victim.Name + victim.Name[^1];
        var lines = text.Split('\n');
        var index = victim.Line - 1;
        lines[index] = ReplaceWord(lines[index], victim.Name, typo);
        var parsed = ExtractParser.Parse(string.Join("\n", lines));
        Assert.Equal(original.Attendance.Present.Count, parsed.Attendance.Present.Count);
        Assert.Contains(parsed.Attendance.Present, p => p.Name == typo && p.Civility == victim.Civility);
    }

    [Fact]
    public void Empty_and_junk_inputs_give_an_error_diagnostic_not_an_exception()
    {
        var junk = new byte[1 << 16];
        new Random(7).NextBytes(junk);
        foreach (var input in new[] { [], "   \n\n"u8.ToArray(), junk, Encoding.UTF8.GetBytes(new string('x', 3_000_000)) })
        {
            var parsed = ExtractParser.Parse(input);
            Assert.Contains(parsed.Diagnostics, d => d.Severity == Severity.Error);
            Assert.False(parsed.IsIdentified);
        }
    }

    [Fact]
    public void A_multi_megabyte_extract_parses()
    {
        var text = Read(Path.GetFileName(Repo.SeedFiles().First()));
        var big = new StringBuilder(text);
        var paragraph = "\n\nLe projet se poursuit selon le calendrier prévu, sans incidence financière nouvelle pour la Métropole.";
        while (big.Length < 4_000_000)
        {
            big.Insert(text.IndexOf("Vu ledit dossier", StringComparison.Ordinal), paragraph);
        }

        var parsed = ExtractParser.Parse(big.ToString());
        Assert.Equal(ExtractParser.Parse(text).Header.Number, parsed.Header.Number);
        Assert.NotEmpty(parsed.OperativePart.Articles);
    }

    private static string ReplaceWord(string line, string word, string replacement)
    {
        var at = line.IndexOf(word, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 ? ' ' : line[at - 1];
            var after = at + word.Length >= line.Length ? ' ' : line[at + word.Length];
            if (!char.IsLetter(before) && !char.IsLetter(after) && after != '-' && before != '-')
            {
                return line[..at] + replacement + line[(at + word.Length)..];
            }

            at = line.IndexOf(word, at + 1, StringComparison.Ordinal);
        }

        throw new InvalidOperationException($"{word} not found on its line");
    }

    private static Person? Relined(Person? person, Person? like) => person is null ? null : person with { Line = like?.Line ?? person.Line };

    private static string Read(string seed) => File.ReadAllText(Path.Combine(Repo.SeedsDir, seed), Encoding.UTF8);

    /// <summary>The parse JSON without what legitimately differs between variants of one text.</summary>
    private static string Comparable(ParsedExtract parsed)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ParsedExtractJson.ToJson(parsed, "variant"))!.AsObject();
        node.Remove("encoding");
        return node.ToJsonString();
    }

    private static (string Present, string Excused, string Unexcused) Names(Attendance a) => (
        string.Join(", ", a.Present.Select(p => $"{p.Civility} {p.Name}")),
        string.Join(", ", a.Excused.Select(e => $"{e.Person.Civility} {e.Person.Name} → {e.Proxy?.Civility} {e.Proxy?.Name}")),
        string.Join(", ", a.Unexcused.Select(p => $"{p.Civility} {p.Name}")));

    private static string Totals(ParsedExtract parsed) => string.Join(" | ", parsed.BudgetTables
        .Select(t => string.Join(";", t.Rows.Where(r => r.IsTotal).SelectMany(r => r.Values).Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
}
