using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Decisions;

public sealed class IndexModel(DeliberationsDb db) : PageModel
{
    public DecisionListResult Result { get; private set; } = null!;

    // "page" is also Razor Pages' own route value (the page's path), hence the explicit query name.
    public async Task OnGetAsync(
        [FromQuery] string? year,
        [FromQuery] string? body,
        [FromQuery] string? commission,
        [FromQuery] string? rapporteur,
        [FromQuery(Name = "page")] string? pageNumber,
        CancellationToken cancellationToken) =>
        Result = await new DecisionListQuery(db).RunAsync(DecisionFilter.Parse(year, body, commission, rapporteur, pageNumber), cancellationToken);

    public PagerModel Pager => new(Result.Decisions.Paging, "Pages de résultats", page => Routes.Decisions(Result.Filter.ToQuery(page)));
}
