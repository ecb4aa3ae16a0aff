using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Charts;
using Deliberations.Web.Features.Shared.Paging;
using Deliberations.Web.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Deliberations.Web.Features.Officials;

/// <summary><c>/elus/{slug}</c>: one official's attendance, proxies, reports and spellings over their term.</summary>
public sealed class DetailsModel(DeliberationsDb db, TermCalendar terms) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Query parameters of the paged lists; each is also the anchor of its section.</summary>
    public const string SittingsParameter = "seances";
    public const string DecisionsParameter = "deliberations";
    public const string ReportedParameter = "rapports";
    public const string PresidedParameter = "presidences";

    public OfficialProfile Official { get; private set; } = null!;

    public string Term { get; private set; } = "";

    public AttendanceSummary Summary { get; private set; } = null!;

    public BarChartModel Chart { get; private set; } = null!;

    public PagedList<OfficialSittingRow> Sittings { get; private set; } = null!;

    public PagedList<DecisionAttendanceRow> Decisions { get; private set; } = null!;

    public PagedList<DecisionSummary> Reported { get; private set; } = null!;

    public PagedList<DecisionSummary> Presided { get; private set; } = null!;

    public IReadOnlyList<SpellingRow> Spellings { get; private set; } = [];

    public IReadOnlyList<SameNameRow> SameName { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(
        string slug,
        [FromQuery(Name = SittingsParameter)] int? sittingsPage,
        [FromQuery(Name = DecisionsParameter)] int? decisionsPage,
        [FromQuery(Name = ReportedParameter)] int? reportedPage,
        [FromQuery(Name = PresidedParameter)] int? presidedPage,
        CancellationToken cancellationToken)
    {
        if (await OfficialProfile.FindAsync(db, slug, cancellationToken) is not { } official)
        {
            return NotFound();
        }

        Official = official;
        Term = TermLabel.Heading(terms, official.TermStart);
        Summary = await AttendanceSummary.LoadAsync(db, official.Id, cancellationToken);
        Chart = await AttendanceChart.LoadAsync(db, official.Id, official.Name, cancellationToken);
        Sittings = await AttendanceHistory.SittingsAsync(db, official.Id, sittingsPage, PageSize, cancellationToken);
        Decisions = await AttendanceHistory.DecisionsAsync(db, official.Id, Summary.Listed, decisionsPage, PageSize, cancellationToken);
        Reported = await HeaderRoles.ReportedAsync(db, official.Id, reportedPage, PageSize, cancellationToken);
        Presided = await HeaderRoles.PresidedAsync(db, official.Id, presidedPage, PageSize, cancellationToken);
        Spellings = await OfficialSpellings.LoadAsync(db, official.Id, cancellationToken);
        SameName = await SameNameElsewhere.LoadAsync(db, official, cancellationToken);
        return Page();
    }

    public string TermInline(DateOnly start) => TermLabel.Inline(terms, start);

    /// <summary>A pager for one list: its links change that list's page only and come back to its section.</summary>
    public PagerModel Pager<T>(PagedList<T> list, string parameter, string name) =>
        new(list.Paging, name, page =>
        {
            var path = Routes.Official(Official.Name.Slug);
            var url = page == 1 ? path : QueryHelpers.AddQueryString(path, parameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return url + "#" + parameter;
        });
}
