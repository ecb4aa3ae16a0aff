using Deliberations.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Councils;

/// <summary>The councils the store holds: the site's own, and those whose minutes were imported beside it.</summary>
public sealed class IndexModel(DeliberationsDb db) : PageModel
{
    public IReadOnlyList<CouncilSummary> Councils { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Councils = await new CouncilDirectory(db).CouncilsAsync(cancellationToken);
    }
}
