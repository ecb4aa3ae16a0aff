using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Sittings;

/// <summary><c>/seances</c>: every sitting, newest first.</summary>
public sealed class IndexModel(DeliberationsDb db) : PageModel
{
    public const int PageSize = 50;

    public PagedList<SittingRow> Sittings { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken) =>
        Sittings = await SittingList.LoadAsync(db, year: null, body: null, total => Paging.Of(page, PageSize, total), cancellationToken);

    public PagerModel Pager => PagerModel.OnPath(Sittings.Paging, "Pages des séances", Routes.Sittings);
}
