using Deliberations.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.About;

public sealed class IndexModel(DeliberationsDb db) : PageModel
{
    public IReadOnlyList<DocumentToCheck> DocumentsToCheck { get; private set; } = [];

    public int DocumentsToCheckTotal { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        (DocumentsToCheck, DocumentsToCheckTotal) = await new DocumentsToCheckQuery(db).RunAsync(cancellationToken);
}
