using System.Globalization;
using System.Text.Json;
using Deliberations.Core.Parsing;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Features.Api;

/// <summary>
/// Every decision of the seeds read back through the API and compared with what the database holds:
/// nothing the import stored is lost on the way out.
/// </summary>
public class RoundTripTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Every_decision_round_trips_through_the_api()
    {
        var client = factory.CreateClient();
        var decisions = await StoredAsync();
        Assert.Equal(5, decisions.Count);
        Assert.Equal(decisions.Count, (await client.GetJsonAsync("/api/deliberations")).GetProperty("total").GetInt32());

        foreach (var stored in decisions)
        {
            var api = await client.GetJsonAsync("/api/deliberations/" + Uri.EscapeDataString(stored.Number));

            Assert.Equal(stored.Title, api.GetProperty("title").GetString());
            Assert.Equal(stored.Sitting?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), api.GetProperty("date").GetString());
            Assert.Equal(stored.Sitting?.Body, api.GetProperty("body").GetString());
            Assert.Equal(stored.Rapporteur?.Slug, NullableSlug(api.GetProperty("rapporteur")));
            Assert.Equal(stored.President?.Slug, NullableSlug(api.GetProperty("president")));
            Assert.Equal(stored.Secretary?.Slug, NullableSlug(api.GetProperty("secretary")));
            Assert.Null(stored.ReportText);
            var report = ExtractParser.Parse(stored.CurrentDocument!.Text).Report.Text;
            Assert.NotEmpty(report);
            Assert.Equal(report, api.GetProperty("reportText").GetString());

            var counts = api.GetProperty("counts");
            Assert.Equal(stored.PresentCount, counts.GetProperty("present").GetInt32());
            Assert.Equal(stored.ExcusedCount, counts.GetProperty("excused").GetInt32());
            Assert.Equal(stored.UnexcusedCount, counts.GetProperty("unexcused").GetInt32());
            Assert.Equal(stored.ProxyCount, counts.GetProperty("proxies").GetInt32());

            Assert.Equal(
                stored.Attendance.OrderBy(a => a.Position).Select(a => (a.Official!.Slug, Status(a.Status), a.ProxyHolder?.Slug, a.PrintedName)),
                api.GetProperty("attendance").EnumerateArray().Select(a => (
                    a.GetProperty("official").GetProperty("slug").GetString()!, a.GetProperty("status").GetString()!,
                    NullableSlug(a.GetProperty("proxyHolder")), a.GetProperty("printedName").GetString()!)));

            Assert.Equal(
                stored.Articles.OrderBy(a => a.Position).Select(a => (a.Number, a.Text)),
                api.GetProperty("articles").EnumerateArray().Select(a => (a.GetProperty("number").GetString()!, a.GetProperty("text").GetString()!)));

            Assert.Equal(
                stored.BudgetTables.OrderBy(t => t.Position).Select(t => Table(t.Caption, t.Columns, t.Lines.OrderBy(l => l.Position).Select(l => Row(l.Label, l.Values, l.IsTotal)))),
                api.GetProperty("budgetTables").EnumerateArray().Select(t => Table(
                    t.GetProperty("caption").GetString(), [.. t.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!)],
                    t.GetProperty("rows").EnumerateArray().Select(r => Row(r.GetProperty("label").GetString()!, [.. r.GetProperty("values").EnumerateArray().Select(Amount)], r.GetProperty("isTotal").GetBoolean())))));

            Assert.Equal(
                stored.Imputations.OrderBy(i => i.Line).Select(i => FormattableString.Invariant($"{i.Amount:0.##}|{i.Direction}|{i.Section}|{i.Budget}|{string.Join('/', i.Years)}|{i.Chapter}|{i.Operation}|{i.ArticleNumber}")),
                api.GetProperty("imputations").EnumerateArray().Select(i =>
                    FormattableString.Invariant($"{Amount(i.GetProperty("amount")):0.##}|{i.GetProperty("direction").GetString()}|{i.GetProperty("section").GetString()}|{i.GetProperty("budget").GetString()}|{string.Join('/', i.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()))}|{i.GetProperty("chapter").GetString()}|{i.GetProperty("operation").GetString()}|{i.GetProperty("articleNumber").GetString()}")));

            Assert.Equal(
                stored.Amendments.OrderBy(a => a.Line).SelectMany(a => a.Changes.Select(c => (c.Label, c.Before, c.After))),
                api.GetProperty("amendments").EnumerateArray().SelectMany(a => a.GetProperty("changes").EnumerateArray()
                    .Select(c => (c.GetProperty("label").GetString()!, c.GetProperty("before").GetDecimal(), c.GetProperty("after").GetDecimal()))));

            Assert.Equal(
                stored.Projects.OrderBy(p => p.Line).Select(p => (p.Project!.Slug, p.Amount)),
                api.GetProperty("projects").EnumerateArray().Select(p => (p.GetProperty("project").GetProperty("slug").GetString()!, Amount(p.GetProperty("amount")))));

            Assert.Equal(
                stored.Grants.OrderBy(g => g.Line).Select(g => (g.Organisation!.Slug, g.Amount, g.Nature)),
                api.GetProperty("grants").EnumerateArray().Select(g => (g.GetProperty("organisation").GetProperty("slug").GetString()!, Amount(g.GetProperty("amount")), g.GetProperty("nature").GetString())));

            var current = stored.Versions.Single(v => v.Id == stored.CurrentDocumentId);
            Assert.Equal(current.Diagnostics.Select(x => x.Code).Order(StringComparer.Ordinal), api.GetProperty("diagnostics").Strings("code").Order(StringComparer.Ordinal));
            Assert.Equal(stored.Versions.OrderBy(v => v.Version).Select(v => v.ContentHash), api.GetProperty("versions").Strings("contentHash"));
        }
    }

    [Fact]
    public async Task Officials_figures_add_up_to_the_attendance_the_database_holds()
    {
        var client = factory.CreateClient();
        var lines = await QueryAsync(db => db.Attendance.AsNoTracking().Select(a => new { a.Status, a.ProxyHolderId }).ToListAsync());

        var officials = (await client.GetJsonAsync("/api/elus?pageSize=200")).GetProperty("items").EnumerateArray()
            .Concat((await client.GetJsonAsync("/api/elus?pageSize=200&page=2")).GetProperty("items").EnumerateArray())
            .Select(o => o.GetProperty("attendance")).ToList();
        Assert.Equal(await QueryAsync(db => db.Officials.CountAsync()), officials.Count);

        int Sum(string figure) => officials.Sum(a => a.GetProperty(figure).GetInt32());
        Assert.Equal(lines.Count(l => l.Status == AttendanceStatus.Present), Sum("present"));
        Assert.Equal(lines.Count(l => l.Status == AttendanceStatus.Excused), Sum("excused"));
        Assert.Equal(lines.Count(l => l.Status == AttendanceStatus.Unexcused), Sum("unexcused"));
        Assert.Equal(lines.Count(l => l.ProxyHolderId != null), Sum("proxiesGiven"));
        Assert.Equal(lines.Count(l => l.ProxyHolderId != null), Sum("proxiesHeld"));
    }

    private static string Status(AttendanceStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    private static string? NullableSlug(JsonElement official) =>
        official.ValueKind == JsonValueKind.Null ? null : official.GetProperty("slug").GetString();

    private static decimal? Amount(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    private static string Row(string label, IEnumerable<decimal?> values, bool isTotal) =>
        $"{label}={string.Join(';', values.Select(v => v?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-"))}{(isTotal ? " (total)" : "")}";

    private static string Table(string? caption, IEnumerable<string> columns, IEnumerable<string> rows) =>
        $"{caption}|{string.Join(';', columns)}|{string.Join('\n', rows)}";

    private Task<List<Decision>> StoredAsync() => QueryAsync(db => db.Decisions.AsNoTracking().AsSplitQuery()
        .Include(d => d.Sitting).Include(d => d.CurrentDocument).Include(d => d.Rapporteur).Include(d => d.President).Include(d => d.Secretary)
        .Include(d => d.Articles).Include(d => d.Attendance).ThenInclude(a => a.Official)
        .Include(d => d.Attendance).ThenInclude(a => a.ProxyHolder)
        .Include(d => d.BudgetTables).ThenInclude(t => t.Lines)
        .Include(d => d.Imputations).Include(d => d.Amendments)
        .Include(d => d.Projects).ThenInclude(p => p.Project)
        .Include(d => d.Grants).ThenInclude(g => g.Organisation)
        .Include(d => d.Versions).ThenInclude(v => v.Diagnostics)
        .ToListAsync());

    private async Task<T> QueryAsync<T>(Func<DeliberationsDb, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DeliberationsDb>());
    }
}
