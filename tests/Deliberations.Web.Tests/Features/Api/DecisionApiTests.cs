using System.Text.Json;
using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Features.Api;

/// <summary>/api/deliberations and /api/deliberations/{number} against facts counted by hand in the seeds.</summary>
public class DecisionApiTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task The_list_holds_every_decision_latest_first_with_links()
    {
        var list = await factory.CreateClient().GetJsonAsync("/api/deliberations");

        Assert.Equal(5, list.GetProperty("total").GetInt32());
        var items = list.GetProperty("items");
        Assert.Equal(["2021-0801", "2019-3853", "2019-3364", "2018-3067", "CP-2018-2133"], items.Strings("number"));
        var first = items[0];
        Assert.Equal("/api/deliberations/2021-0801", first.GetProperty("url").GetString());
        Assert.Equal("/deliberations/2021-0801", first.GetProperty("htmlUrl").GetString());
        Assert.Equal("2021-12-13", first.GetProperty("date").GetString());
        Assert.Equal("/api/elus/mme-baume-2020", first.GetProperty("rapporteur").GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("?year=2019", new[] { "2019-3853", "2019-3364" })]
    [InlineData("?body=Commission%20permanente", new[] { "CP-2018-2133" })]
    [InlineData("?body=commission-permanente", new[] { "CP-2018-2133" })]
    [InlineData("?body=conseil&year=2018", new[] { "2018-3067" })]
    [InlineData("?commission=developpement%20economique,%20numerique,%20insertion%20et%20emploi&year=2021", new[] { "2021-0801" })]
    [InlineData("?rapporteur=mme-dognin-sauze-2015", new[] { "2019-3364", "CP-2018-2133" })]
    [InlineData("?commission=inconnue", new string[0])]
    [InlineData("?body=bureau", new string[0])]
    [InlineData("?year=1990", new string[0])]
    public async Task Filters_combine(string query, string[] expected)
    {
        var list = await factory.CreateClient().GetJsonAsync("/api/deliberations" + query);

        Assert.Equal(expected.Length, list.GetProperty("total").GetInt32());
        Assert.Equal(expected, list.GetProperty("items").Strings("number"));
    }

    [Fact]
    public async Task Pages_split_the_list_and_keep_the_total()
    {
        var client = factory.CreateClient();

        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var list = await client.GetJsonAsync($"/api/deliberations?page={page}&pageSize=2");
            Assert.Equal(5, list.GetProperty("total").GetInt32());
            pages.AddRange(list.GetProperty("items").Strings("number"));
        }

        Assert.Equal(["2021-0801", "2019-3853", "2019-3364", "2018-3067", "CP-2018-2133"], pages);
        Assert.Equal(0, (await client.GetJsonAsync("/api/deliberations?page=4&pageSize=2")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_decision_carries_attendance_with_proxies_tables_and_imputations()
    {
        var d = await factory.CreateClient().GetJsonAsync("/api/deliberations/2021-0801");

        var counts = d.GetProperty("counts");
        Assert.Equal(121, counts.GetProperty("present").GetInt32());
        Assert.Equal(29, counts.GetProperty("excused").GetInt32());
        Assert.Equal(29, counts.GetProperty("proxies").GetInt32());
        var attendance = d.GetProperty("attendance").EnumerateArray().ToList();
        Assert.Equal(150, attendance.Count);
        var excused = attendance.Where(a => a.GetProperty("status").GetString() == "excused").ToList();
        Assert.Equal(29, excused.Count);
        Assert.All(excused, a => Assert.Equal(JsonValueKind.Object, a.GetProperty("proxyHolder").ValueKind));
        var kabalo = excused.Single(a => a.GetProperty("printedName").GetString() == "Kabalo");
        Assert.Equal("Prost", kabalo.GetProperty("proxyHolder").GetProperty("surname").GetString());
        Assert.Equal("/api/elus/mme-prost-2020", kabalo.GetProperty("proxyHolder").GetProperty("url").GetString());

        var totals = d.GetProperty("budgetTables").EnumerateArray()
            .SelectMany(t => t.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("isTotal").GetBoolean()))
            .SelectMany(r => r.GetProperty("values").EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDecimal()))
            .ToList();
        Assert.Contains(902000m, totals);
        Assert.Contains(478800m, totals);

        var imputation = d.GetProperty("imputations").EnumerateArray().Single();
        Assert.Equal(693800m, imputation.GetProperty("amount").GetDecimal());
        Assert.Equal("recette", imputation.GetProperty("direction").GetString());
        Assert.Equal([2022, 2023], imputation.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal("13", imputation.GetProperty("chapter").GetString());

        var changes = d.GetProperty("amendments")[0].GetProperty("changes").EnumerateArray()
            .Select(c => (c.GetProperty("before").GetDecimal(), c.GetProperty("after").GetDecimal())).ToList();
        Assert.Contains((478000m, 478800m), changes);
        Assert.Contains((180000m, 180800m), changes);
        Assert.Equal("069-200046977-20211213-271458-DE-1-1", d.GetProperty("prefectureId").GetString());
        Assert.Equal("/api/seances/2021-12-13-conseil", d.GetProperty("sitting").GetProperty("url").GetString());
        var version = d.GetProperty("versions").EnumerateArray().Single();
        Assert.True(version.GetProperty("isCurrent").GetBoolean());
    }

    [Theory]
    [InlineData("2019-3853", "reseau-des-territoires-innovants", 26500)]
    [InlineData("2018-3067", "fondation-internet-nouvelle-generation", 35000)]
    public async Task Grants_name_the_organisation_and_the_amount(string number, string slugStart, decimal amount)
    {
        var d = await factory.CreateClient().GetJsonAsync("/api/deliberations/" + number);

        var grant = d.GetProperty("grants").EnumerateArray().Single();
        Assert.StartsWith(slugStart, grant.GetProperty("organisation").GetProperty("slug").GetString(), StringComparison.Ordinal);
        Assert.Equal(amount, grant.GetProperty("amount").GetDecimal());
        // Amounts are written as the register prints them, not with the storage's trailing ".0".
        Assert.DoesNotContain(".0", grant.GetProperty("amount").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_commission_permanente_and_an_unexcused_member_read_as_printed()
    {
        var client = factory.CreateClient();

        var cp = await client.GetJsonAsync("/api/deliberations/CP-2018-2133");
        Assert.Equal("Commission permanente", cp.GetProperty("body").GetString());
        Assert.Equal("DECIDE", cp.GetProperty("operativeVerb").GetString());
        Assert.Equal(JsonValueKind.Null, cp.GetProperty("membersInOffice").ValueKind);

        var d = await client.GetJsonAsync("/api/deliberations/2019-3364");
        var unexcused = d.GetProperty("attendance").EnumerateArray().Where(a => a.GetProperty("status").GetString() == "unexcused").ToList();
        Assert.Equal("M. Aggoun", Assert.Single(unexcused).GetProperty("official").GetProperty("name").GetString());
    }
}
