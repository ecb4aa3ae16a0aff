using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Officials;

/// <summary><c>/elus</c>: every official by term, A to Z, filtered by name (<c>?q=</c>) and term (<c>?mandat=2020</c>).</summary>
public sealed class IndexModel(DeliberationsDb db, TermCalendar terms) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The year the term began; a year that starts no term filters nothing.</summary>
    [BindProperty(SupportsGet = true, Name = "mandat")]
    public int? TermYear { get; set; }

    public IReadOnlyList<TermSection> Sections { get; private set; } = [];

    public IReadOnlyList<TermOption> TermOptions { get; private set; } = [];

    public bool IsFiltered { get; private set; }

    /// <summary>The query as the page repeats it: cut like the filter cuts it, so a pasted page of text is not echoed back whole.</summary>
    public string? ShownQuery => string.IsNullOrWhiteSpace(Query) ? null
        : Query.Length > NameFilter.MaxLength ? Query[..NameFilter.MaxLength] + "…"
        : Query.Trim();

    public int Total => Sections.Sum(s => s.Count);

    public string TermInline(DateOnly start) => TermLabel.Inline(terms, start);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TermOptions = [.. terms.Starts.OrderDescending().Select(s => new TermOption(s.Year, TermLabel.Heading(terms, s)))];
        var term = terms.Starts.Where(s => s.Year == TermYear).Select(s => (DateOnly?)s).FirstOrDefault();
        if (term is null)
        {
            TermYear = null;
        }

        var filter = NameFilter.Parse(Query);
        IsFiltered = filter is not null || term is not null;
        Sections = await OfficialDirectory.LoadAsync(db, terms, term, filter, cancellationToken);
    }
}

/// <summary>A choice of the term list: the year is the value, the heading the text.</summary>
public sealed record TermOption(int Year, string Label);
