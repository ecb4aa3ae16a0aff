using Deliberations.Web.Data;
using Deliberations.Web.Features.Officials;
using Deliberations.Web.Hosting.RateLimiting;
using Deliberations.Web.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Deliberations.Web.Features.Councils;

/// <summary>
/// The councils the store holds: the site's own, and those whose minutes were imported beside it;
/// and, with <c>nom</c>, the officials of every council that name finds (<see cref="OfficialFinder"/>).
/// Limited as the search is: what is typed is a new query each time.
/// </summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class IndexModel(DeliberationsDb db, IDatabaseEngine engine, TermCalendars terms) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nom")]
    public string? Name { get; set; }

    public bool HasName => !string.IsNullOrWhiteSpace(Name);

    public IReadOnlyList<CouncilSummary> Councils { get; private set; } = [];

    public FoundOfficials Found { get; private set; } = FoundOfficials.None;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Councils = await new CouncilDirectory(db).CouncilsAsync(cancellationToken);
        if (HasName)
        {
            Found = await new OfficialFinder(db, engine, terms).FindAsync(Name!.Length > NameFilter.MaxLength ? Name[..NameFilter.MaxLength] : Name, cancellationToken);
        }
    }
}
