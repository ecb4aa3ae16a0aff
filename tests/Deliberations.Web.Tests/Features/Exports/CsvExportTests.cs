using System.Globalization;
using System.Net;
using Deliberations.Web.Data;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Features.Exports;

/// <summary>The CSV exports against the SCDL schemas' column lists and types, and against the seeds.</summary>
public class CsvExportTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    /// <summary>SCDL « Délibérations » 2.1, in the schema's order.</summary>
    public static readonly string[] ScdlDecisionColumns =
    [
        "COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET",
        "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
        "VOTE_ABSTENTION", "DELIB_URL",
    ];

    /// <summary>SCDL « Subventions » 2.0, in the schema's order.</summary>
    public static readonly string[] ScdlGrantColumns =
    [
        "nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire", "idBeneficiaire", "objet",
        "montant", "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention",
    ];

    [Fact]
    public async Task Decisions_follow_the_scdl_deliberations_schema()
    {
        var csv = await CsvFile.GetAsync(factory.CreateClient(), "/export/deliberations.csv");

        AssertCsvResponse(csv, "deliberations.csv");
        Assert.Equal(ScdlDecisionColumns, csv.Header);
        Assert.Equal(5, csv.Rows.Count);
        Assert.All(csv.Column("COLL_NOM"), v => Assert.Equal("Métropole de Lyon", v));
        Assert.All(csv.Column("COLL_SIRET"), v => Assert.Matches(@"^\d{14}$", v));
        Assert.All(csv.Column("DELIB_DATE"), v => AssertIsoDate(v, required: true));
        Assert.All(csv.Column("PREF_DATE"), v => AssertIsoDate(v, required: false));
        Assert.All(csv.Column("BUDGET_ANNEE"), v => Assert.Matches(@"^(\d{4}(/\d{4})?)?$", v));
        Assert.All(csv.Column("DELIB_MATIERE_CODE"), v => Assert.Matches(@"^(\d\.\d{1,2})?$", v));
        Assert.All(csv.Column("PREF_ID"), v => Assert.Matches(@"^(S?PREF\w{3,4})?$", v));
        foreach (var column in new[] { "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION" })
        {
            Assert.All(csv.Column(column), v => Assert.True(v.Length == 0 || int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _), $"{column}: {v}"));
        }

        Assert.All(csv.Column("DELIB_URL"), v => Assert.True(Uri.TryCreate(v, UriKind.Absolute, out _), v));

        var latest = csv.Rows.Single(r => r["DELIB_ID"] == "2021-0801");
        Assert.Equal("2021-12-13", latest["DELIB_DATE"]);
        Assert.Equal("2022/2023", latest["BUDGET_ANNEE"]);
        Assert.Equal("budget principal", latest["BUDGET_NOM"]);
        Assert.Equal("PREF069", latest["PREF_ID"]);
        Assert.Equal("150", latest["VOTE_EFFECTIF"]);
        Assert.Equal("150", latest["VOTE_REEL"]); // 121 present and 29 represented
        Assert.Equal("", latest["VOTE_POUR"]);
        Assert.Equal("http://localhost:5000/deliberations/2021-0801", latest["DELIB_URL"]); // no PublicUrl configured
        Assert.Equal("", csv.Rows.Single(r => r["DELIB_ID"] == "CP-2018-2133")["VOTE_EFFECTIF"]);
    }

    [Fact]
    public async Task Grants_follow_the_scdl_subventions_schema()
    {
        var csv = await CsvFile.GetAsync(factory.CreateClient(), "/export/subventions.csv");

        AssertCsvResponse(csv, "subventions.csv");
        Assert.Equal(ScdlGrantColumns, csv.Header);
        Assert.All(csv.Column("idAttribuant"), v => Assert.Equal("20004697700019", v));
        Assert.All(csv.Column("dateConvention"), v => AssertIsoDate(v, required: false));
        Assert.All(csv.Column("montant"), v => AssertInvariantNumber(v));
        Assert.All(csv.Column("pourcentageSubvention"), v => AssertInvariantNumber(v));
        Assert.All(csv.Column("nature"), v => Assert.Contains(v, new[] { "", "aide en numéraire", "aide en nature" }));
        Assert.All(csv.Column("objet"), v => Assert.InRange(v.Length, 1, 256));

        Assert.Equal(
            [("2018-3067", "Fondation internet nouvelle génération (FING)", "35000"), ("2019-3853", "Réseau des territoires innovants", "26500")],
            csv.Rows.Select(r => (r["referenceDecision"], r["nomBeneficiaire"], r["montant"])));
    }

    [Fact]
    public async Task Attendance_has_one_row_per_official_and_decision_with_the_proxy()
    {
        var csv = await CsvFile.GetAsync(factory.CreateClient(), "/export/presences.csv");

        AssertCsvResponse(csv, "presences.csv");
        Assert.Equal(
            ["decisionNumber", "decisionDate", "body", "officialSlug", "civility", "firstName", "surname", "printedName", "status", "proxyHolderSlug", "proxyHolderName"],
            csv.Header);
        Assert.All(csv.Column("decisionDate"), v => AssertIsoDate(v, required: true));
        Assert.All(csv.Column("status"), v => Assert.Contains(v, new[] { "present", "excused", "unexcused" }));

        var latest = csv.Rows.Where(r => r["decisionNumber"] == "2021-0801").ToList();
        Assert.Equal(121, latest.Count(r => r["status"] == "present"));
        Assert.Equal(29, latest.Count(r => r["status"] == "excused" && r["proxyHolderSlug"].Length > 0));
        var kabalo = latest.Single(r => r["surname"] == "Kabalo");
        Assert.Equal(("excused", "mme-prost-2020"), (kabalo["status"], kabalo["proxyHolderSlug"]));

        // In the order the extract prints its lists, which is not the alphabet's.
        Assert.Equal(["Artigny", "Asti-Lapperrière", "Athanaze"], latest.Where(r => r["status"] == "present").Take(3).Select(r => r["surname"]));
        Assert.Equal(["Boumertit", "Chihi", "Delaunay", "Galliano", "Kabalo"], latest.Where(r => r["status"] == "excused").Take(5).Select(r => r["surname"]));
        var aggoun = csv.Rows.Single(r => r["decisionNumber"] == "2019-3364" && r["status"] == "unexcused");
        Assert.Equal("Aggoun", aggoun["surname"]);
        Assert.Equal(["2021-0801", "2019-3853", "2019-3364", "2018-3067", "CP-2018-2133"], csv.Column("decisionNumber").Distinct().Reverse());
    }

    [Fact]
    public async Task Budget_has_one_row_per_table_row_and_column()
    {
        var csv = await CsvFile.GetAsync(factory.CreateClient(), "/export/budget.csv");

        AssertCsvResponse(csv, "budget.csv");
        Assert.Equal(["decisionNumber", "decisionDate", "tablePosition", "tableCaption", "rowPosition", "rowLabel", "column", "amount", "isTotal"], csv.Header);
        Assert.All(csv.Column("amount"), v => AssertInvariantNumber(v));
        Assert.All(csv.Column("isTotal"), v => Assert.Contains(v, new[] { "true", "false" }));
        var totals = csv.Rows.Where(r => r["decisionNumber"] == "2021-0801" && r["isTotal"] == "true").Select(r => r["amount"]).ToList();
        Assert.Contains("902000", totals);
        Assert.Contains("478800", totals);
    }

    [Fact]
    public async Task Each_export_has_a_row_for_everything_the_database_holds()
    {
        var client = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();

        Assert.Equal(await db.Decisions.CountAsync(), (await CsvFile.GetAsync(client, "/export/deliberations.csv")).Rows.Count);
        Assert.Equal(await db.Grants.CountAsync(), (await CsvFile.GetAsync(client, "/export/subventions.csv")).Rows.Count);

        var attendance = await db.Attendance.AsNoTracking().Select(a => new { a.Decision!.Number, a.Official!.Slug, a.Status, Holder = a.ProxyHolder == null ? "" : a.ProxyHolder.Slug }).ToListAsync();
        var presences = await CsvFile.GetAsync(client, "/export/presences.csv");
        Assert.Equal(
            attendance.Select(a => $"{a.Number}|{a.Slug}|{a.Status.ToString().ToLowerInvariant()}|{a.Holder}").Order(StringComparer.Ordinal),
            presences.Rows.Select(r => $"{r["decisionNumber"]}|{r["officialSlug"]}|{r["status"]}|{r["proxyHolderSlug"]}").Order(StringComparer.Ordinal));

        var tables = await db.BudgetTables.AsNoTracking().Select(t => new { Columns = t.Columns.Count, Rows = t.Lines.Count }).ToListAsync();
        var budget = await CsvFile.GetAsync(client, "/export/budget.csv");
        Assert.Equal(tables.Sum(t => t.Columns * t.Rows), budget.Rows.Count);
        var values = await db.BudgetLines.AsNoTracking().Select(l => l.Values).ToListAsync();
        Assert.Equal(
            values.SelectMany(v => v).OfType<decimal>().Sum(),
            budget.Column("amount").Where(a => a.Length > 0).Sum(a => decimal.Parse(a, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Grant_details_say_which_way_the_money_goes_what_it_is_and_where_to_check_it()
    {
        var csv = await CsvFile.GetAsync(factory.CreateClient(), "/export/subventions-detail.csv");

        AssertCsvResponse(csv, "subventions-detail.csv");
        Assert.Equal(
            ["decisionNumber", "sittingDate", "body", "decisionTitle", "organisationName", "organisationAcronym", "organisationNature",
                "direction", "kind", "amount", "decisionUrl", "sourceUrl", "sourceLineUrl", "organisationUrl"],
            csv.Header);

        // Hand-read in the seeds: 2018-3067 is a partnership convention whose report says "une participation de la
        // Métropole sera versée à la FING" (line 76), named on line 18 (the title); 2019-3853 attributes "une subvention".
        Assert.Equal(
            [
                ("2018-3067", "2018-11-05", "Conseil", "Fondation internet nouvelle génération", "FING", "association", "paidOut", "participation", "35000"),
                ("2019-3853", "2019-11-04", "Conseil", "Réseau des territoires innovants", "", "association", "paidOut", "grant", "26500"),
            ],
            csv.Rows.Select(r => (r["decisionNumber"], r["sittingDate"], r["body"], r["organisationName"], r["organisationAcronym"], r["organisationNature"], r["direction"], r["kind"], r["amount"])));
        var fing = csv.Rows[0];
        Assert.Equal("http://localhost:5000/deliberations/2018-3067", fing["decisionUrl"]);
        Assert.Equal("http://localhost:5000/deliberations/2018-3067/source", fing["sourceUrl"]);
        Assert.Equal("http://localhost:5000/deliberations/2018-3067#ligne-18", fing["sourceLineUrl"]);
        Assert.StartsWith("http://localhost:5000/organisations/", fing["organisationUrl"], StringComparison.Ordinal);

        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(fing["sourceUrl"]).PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(fing["organisationUrl"]).PathAndQuery)).StatusCode);
        var page = await HtmlPage.GetAsync(client, "/deliberations/2018-3067");
        Assert.Contains("Fondation internet nouvelle génération", page.Document.QuerySelector("#ligne-18")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deliberations")]
    [InlineData("subventions")]
    [InlineData("subventions-detail")]
    [InlineData("budget")]
    public async Task Each_export_but_the_attendance_has_a_variant_that_a_french_spreadsheet_opens_right(string name)
    {
        var client = factory.CreateClient();
        var standard = await CsvFile.GetAsync(client, $"/export/{name}.csv");
        var spreadsheet = await CsvFile.GetAsync(client, $"/export/{name}-tableur.csv", ';');

        Assert.Equal(HttpStatusCode.OK, spreadsheet.Response.StatusCode);
        Assert.Equal($"{name}-tableur.csv", spreadsheet.Response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.True(spreadsheet.StartsWithByteOrderMark, "a byte order mark, or Excel reads UTF-8 as Windows-1252");
        Assert.Equal(standard.Header, spreadsheet.Header);
        Assert.Equal(standard.Rows.Count, spreadsheet.Rows.Count);
        for (var i = 0; i < standard.Rows.Count; i++)
        {
            foreach (var column in standard.Header)
            {
                var value = standard.Rows[i][column];
                // Numbers take the decimal comma, everything else is the same text.
                var expected = decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && value.Contains('.', StringComparison.Ordinal)
                    ? number.ToString(CultureInfo.GetCultureInfo("fr-FR"))
                    : value;
                Assert.Equal(expected, spreadsheet.Rows[i][column]);
            }
        }
    }

    [Fact]
    public async Task A_spreadsheet_variant_writes_decimals_with_a_comma()
    {
        var csv = await CsvFile.GetAsync(factory.CreateClient(), "/export/subventions-tableur.csv", ';');

        Assert.All(csv.Column("pourcentageSubvention"), v => Assert.Equal("1,00", v));
        Assert.DoesNotContain(csv.Rows, r => r["objet"].Length == 0);
    }

    [Fact]
    public async Task The_attendance_has_no_spreadsheet_variant()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/export/presences-tableur.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static void AssertCsvResponse(CsvFile csv, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, csv.Response.StatusCode);
        Assert.Equal("text/csv", csv.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", csv.Response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(fileName, csv.Response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.False(csv.Bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
        Assert.NotEmpty(csv.Rows);
        Assert.All(csv.Rows, r => Assert.Equal(csv.Header.Count, r.Count));
    }

    private static void AssertIsoDate(string value, bool required)
    {
        if (value.Length == 0 && !required)
        {
            return;
        }

        Assert.True(DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"'{value}' is not an ISO date");
    }

    private static void AssertInvariantNumber(string value) =>
        Assert.True(value.Length == 0 || decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _), $"'{value}' is not an invariant number");
}
