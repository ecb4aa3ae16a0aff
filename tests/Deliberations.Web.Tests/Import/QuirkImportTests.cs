using System.Text;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Tests.Support;
using Deliberations.Web.Tests.Support.Registers;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Import;

/// <summary>
/// Registers nobody here wrote: each case changes one thing a real register may do (a header
/// official in no list, a contradiction, a missing part) and the document must still be stored on a
/// real SQLite store, its attendance as printed, whatever could not be squared said in a diagnostic.
/// </summary>
public sealed class QuirkImportTests
{
    private static readonly QuirkExtract Base = new();

    /// <summary>Each case: the extract, the attendance rows expected (one per name printed in a list).</summary>
    public static TheoryData<string, QuirkExtract, int> Cases() => new()
    {
        { "as written", Base, 9 },
        { "president in no list", Base with { President = "Monsieur Jean Perrault" }, 9 },
        { "secretary in no list", Base with { Secretary = "Madame Claire Vidal" }, 9 },
        { "rapporteur with a role, in no list", Base with { Rapporteur = "Monsieur le Vice-Président Roussel" }, 9 },
        { "all three in no list", Base with { Rapporteur = "Monsieur le Vice-Président Roussel", President = "Monsieur Jean Perrault", Secretary = "Madame Claire Vidal" }, 9 },
        { "president one letter off a member", Base with { President = "Monsieur Paul Dorvel" }, 9 },
        { "a name both present and excused", Base with { Excused = "Mme Jolivet (pouvoir à M. Lemoine), M. Hubert (pouvoir à Mme Garnier)" }, 9 },
        { "a name twice in one list", Base with { Present = "MM. Dorval, Lemoine, Lemoine, Mmes Aubrac, Fabre, Garnier, M. Hubert" }, 10 },
        { "a proxy held by someone listed absent", Base with { Excused = "Mme Jolivet (pouvoir à M. Marchal), M. Kessler (pouvoir à Mme Garnier)" }, 9 },
        { "a proxy given to oneself", Base with { Excused = "Mme Jolivet (pouvoir à Mme Jolivet), M. Kessler (pouvoir à Mme Garnier)" }, 9 },
        { "a proxy held by someone in no list", Base with { Excused = "Mme Jolivet (pouvoir à M. Tessier), M. Kessler (pouvoir à Mme Garnier)" }, 9 },
        { "no present list", Base with { Present = null }, 3 },
        { "no list at all", Base with { Present = null, Excused = null, Unexcused = null }, 0 },
        { "upper-case labels", Base with { ObjectLabel = "OBJET", RapporteurLabel = "RAPPORTEUR" }, 9 },
        { "an empty object", Base with { Object = "" }, 9 },
        { "no operative part", Base with { OperativePart = false }, 9 },
        { "an amount of 10^15 €", Base with { Amount = "1 000 000 000 000 000 €" }, 9 },
        { "a 400-character name", Base with { Present = "MM. Dorval, Lemoine, Mmes Aubrac, Fabre, Garnier, M. " + new string('x', 400) }, 9 },
        { "a 400-character president", Base with { President = "Monsieur " + string.Concat(Enumerable.Repeat("Bertrand-", 45)) + "Durand" }, 9 },
        { "no sitting date", Base with { Sitting = "Conseil" }, 9 },
        { "no members in office", Base with { Members = null }, 9 },
        { "CRLF", Base with { NewLine = "\r\n" }, 9 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_document_is_stored_with_its_attendance_as_printed(string quirk, QuirkExtract extract, int rows)
    {
        await using var store = await TestStore.CreateAsync();
        var file = await store.WriteFileAsync(Slug(quirk) + ".txt", extract.Bytes());

        var summary = await store.ImportAsync(file);

        Assert.True(summary.Failed == 0, $"{quirk}: {string.Join(" / ", summary.Results.Select(r => r.Message))}");
        Assert.Equal(1, summary.New);
        var stored = await store.QueryAsync(db => db.Decisions.Where(d => d.Number == extract.Number)
            .Select(d => new { Rows = d.Attendance.Count, d.CurrentDocument!.Text }).SingleAsync());
        Assert.Equal(rows, stored.Rows);
        Assert.Contains(extract.Number, stored.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_official_in_no_list_is_linked_to_an_official_and_said_so()
    {
        await using var store = await TestStore.CreateAsync();
        var file = await store.WriteFileAsync("president.txt", (Base with { President = "Monsieur Jean Perrault" }).Bytes());

        await store.ImportAsync(file);

        var president = await store.QueryAsync(db => db.Decisions.Select(d => d.President!.Surname).SingleAsync());
        Assert.Equal("Perrault", president);
    }

    [Fact]
    public async Task Windows_1252_with_CRLF_keeps_its_accents()
    {
        await using var store = await TestStore.CreateAsync();
        var file = await store.WriteFileAsync("cp1252.txt", (Base with { NewLine = "\r\n" }).Bytes(CodePages.Windows1252));

        var summary = await store.ImportAsync(file);

        Assert.Equal(1, summary.New);
        var title = await store.QueryAsync(db => db.Decisions.Select(d => d.Title).SingleAsync());
        Assert.Contains("Rhône", title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a proxy given to oneself", "Mme Jolivet (pouvoir à Mme Jolivet)", "proxy-holder-not-present")]
    [InlineData("a name both present and excused", "M. Hubert (pouvoir à Mme Garnier)", "attendance-duplicate")]
    [InlineData("a proxy held by someone listed absent", "Mme Jolivet (pouvoir à M. Marchal)", "proxy-holder-not-present")]
    public async Task A_contradiction_is_a_diagnostic_on_the_stored_document(string quirk, string excused, string code)
    {
        await using var store = await TestStore.CreateAsync();
        var file = await store.WriteFileAsync(Slug(quirk) + ".txt", (Base with { Excused = excused }).Bytes());

        await store.ImportAsync(file);

        var codes = await store.QueryAsync(db => db.Documents.SelectMany(d => d.Diagnostics).Where(x => x.Severity >= Deliberations.Core.Model.Severity.Warning).Select(x => x.Code).ToListAsync());
        Assert.Contains(code, codes);
    }

    private static string Slug(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
