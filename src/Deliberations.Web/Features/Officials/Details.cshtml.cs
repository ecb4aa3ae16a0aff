using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
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
    public const string GivenParameter = "pouvoirs-donnes";
    public const string HeldParameter = "pouvoirs-recus";

    /// <summary>What the API answer shows too: who, the figures, the spellings, a page of decisions and of reports.</summary>
    public OfficialRecord Record { get; private set; } = null!;

    public OfficialFacts Official => Record.Facts;

    public string Term { get; private set; } = "";

    public ProxyCounts Proxies { get; private set; } = null!;

    public BarChartModel Chart { get; private set; } = null!;

    public PagedList<OfficialSittingRow> Sittings { get; private set; } = null!;

    /// <summary>Each vote the official gave while absent, with the decision and who carried it.</summary>
    public PagedList<ProxyLine> Given { get; private set; } = null!;

    /// <summary>Each vote the official carried, with the decision and who gave it.</summary>
    public PagedList<ProxyLine> Held { get; private set; } = null!;

    /// <summary>Whose votes the official carried in the decisions of the page's list, by decision number.</summary>
    public ILookup<string, OfficialName> Carried { get; private set; } = null!;

    public PagedList<DecisionSummary> Presided { get; private set; } = null!;

    public IReadOnlyList<SameNameRow> SameName { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(
        string slug,
        [FromQuery(Name = SittingsParameter)] int? sittingsPage,
        [FromQuery(Name = DecisionsParameter)] int? decisionsPage,
        [FromQuery(Name = ReportedParameter)] int? reportedPage,
        [FromQuery(Name = PresidedParameter)] int? presidedPage,
        [FromQuery(Name = GivenParameter)] int? givenPage,
        [FromQuery(Name = HeldParameter)] int? heldPage,
        CancellationToken cancellationToken)
    {
        var query = new OfficialQuery(db);
        var pages = new OfficialPages(PageOf(decisionsPage), PageOf(reportedPage));
        if (await query.RunAsync(slug, pages, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        Record = record;
        var id = record.Facts.Id;
        Term = TermLabel.Heading(terms, record.Facts.TermStart);
        Proxies = await query.ProxiesAsync(id, cancellationToken);
        var given = PageOf(givenPage)(record.Facts.Totals.ProxiesGiven);
        Given = new PagedList<ProxyLine>(await query.GivenAsync(id, given, cancellationToken), given);
        var held = PageOf(heldPage)(record.Facts.Totals.ProxiesHeld);
        Held = new PagedList<ProxyLine>(await query.HeldAsync(id, held, cancellationToken), held);
        Carried = await query.CarriedInAsync(id, record.Decisions.Items.Where(l => l.Status == AttendanceStatus.Present).Select(l => l.Decision.Number), cancellationToken);
        Chart = AttendanceChart.Build(await query.MonthsAsync(id, cancellationToken), record.Facts.Name);
        Sittings = await query.SittingsAsync(id, sittingsPage, PageSize, cancellationToken);
        Presided = await query.PresidedAsync(id, PageOf(presidedPage), cancellationToken);
        SameName = await query.SameNameAsync(record.Facts, cancellationToken);
        return Page();
    }

    public string TermInline(DateOnly start) => TermLabel.Inline(terms, start);

    /// <summary>The page of a list a link asks for, clamped to the pages that exist.</summary>
    private static Func<int, Paging> PageOf(int? requested) => total => Paging.Of(requested, PageSize, total);

    /// <summary>A pager for one list: its links change that list's page only and come back to its section.</summary>
    public PagerModel Pager<T>(PagedList<T> list, string parameter, string name) =>
        new(list.Paging, name, page =>
        {
            var path = Routes.Official(Official.Name.Slug);
            var url = page == 1 ? path : QueryHelpers.AddQueryString(path, parameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return url + "#" + parameter;
        });
}
