using Deliberations.Web.Data;
using Deliberations.Web.Features.Decisions;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;
using Deliberations.Web.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Deliberations.Web.Features.Sittings;

/// <summary><c>/seances/{slug}</c>: one sitting's decisions, attendance, president and members in office.</summary>
public sealed class DetailsModel(DeliberationsDb db, TermCalendar terms) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The query parameter of the decisions' pages, and the anchor of their section.</summary>
    public const string DecisionsParameter = "deliberations";

    public SittingHeader Sitting { get; private set; } = null!;

    public string Term { get; private set; } = "";

    public SittingOfficers Officers { get; private set; } = null!;

    public SittingAttendance Attendance { get; private set; } = null!;

    public PagedList<DecisionSummary> Decisions { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = DecisionsParameter)] int? decisionsPage, CancellationToken cancellationToken)
    {
        var query = new SittingQuery(db);
        if (await query.FindAsync(slug, cancellationToken) is not { } sitting)
        {
            return NotFound();
        }

        (Sitting, Attendance) = (sitting.Header, sitting.Attendance);
        Term = TermLabel.Heading(terms, Sitting.TermStart);
        Officers = await SittingOfficers.LoadAsync(db, Sitting, cancellationToken);
        var decisions = await PagedList<DecisionRow>.LoadAsync(query.Decisions(Sitting.Id), decisionsPage, PageSize, cancellationToken);
        Decisions = new PagedList<DecisionSummary>([.. decisions.Items.Select(d => d.Summary)], decisions.Paging);
        return Page();
    }

    public PagerModel DecisionsPager => new(Decisions.Paging, "Pages des délibérations", page =>
    {
        var path = Routes.Sitting(Sitting.Date, Sitting.Body);
        var url = page == 1 ? path : QueryHelpers.AddQueryString(path, DecisionsParameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return url + "#" + DecisionsParameter;
    });
}
