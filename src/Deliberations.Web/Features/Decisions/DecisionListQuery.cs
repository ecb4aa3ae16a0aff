using System.Globalization;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Decisions;

/// <summary>One page of the list, the filter actually applied, and the filters' choices with their counts.</summary>
public sealed record DecisionListResult(DecisionFilter Filter, PagedList<DecisionRow> Decisions, IReadOnlyList<Facet> Facets);

/// <summary>
/// The decisions list, of the site and of the API: newest sitting first, filtered, paged. On the site,
/// each filter's counts are taken with the other filters applied (not its own), so every count says
/// what choosing that value would give.
/// </summary>
public sealed class DecisionListQuery(DeliberationsDb db)
{
    public const int PageSize = 25;

    private static readonly StringComparer French = StringComparer.Create(FrenchFormat.Culture, CompareOptions.IgnoreCase);

    private enum Dimension
    {
        None,
        Year,
        Body,
        Commission,
        Rapporteur,
    }

    public async Task<DecisionListResult> RunAsync(DecisionFilter requested, CancellationToken cancellationToken)
    {
        var (filter, rapporteur) = await KeepKnownValuesAsync(requested, cancellationToken);
        var decisions = await PageAsync(filter, total => Paging.Of(filter.Page, PageSize, total), cancellationToken);

        Facet[] facets =
        [
            await YearsAsync(filter, cancellationToken),
            await BodiesAsync(filter, cancellationToken),
            await CommissionsAsync(filter, cancellationToken),
            await RapporteursAsync(filter, rapporteur, cancellationToken),
        ];
        return new DecisionListResult(filter with { Page = decisions.Paging.Page }, decisions, facets);
    }

    /// <summary>One page of the decisions <paramref name="filter"/> keeps (its page number aside), and how many it keeps.</summary>
    /// <param name="page">Chooses the page once the total is known: the site clamps it to the pages that exist, the API does not.</param>
    public async Task<PagedList<DecisionRow>> PageAsync(DecisionFilter filter, Func<int, Paging> page, CancellationToken cancellationToken)
    {
        var sittings = await Counted(filter)
            .GroupBy(c => new { c.SittingId, Date = (DateOnly?)c.Sitting!.Date })
            .Select(g => new SittingCount(g.Key.SittingId, g.Key.Date, g.Sum(c => c.Count)))
            .ToListAsync(cancellationToken);
        var paging = page(sittings.Sum(s => s.Count));
        var span = SittingSpan.Of(sittings, paging.Skip, paging.PageSize);

        // The year and the body are those of the sittings spanned; what varies within a sitting is filtered here.
        var decisions = db.Decisions.AsNoTracking().Where(d => EF.MultipleParameters(span.SittingIds).Contains(d.SittingId));
        if (filter.Commission is { } commission)
        {
            decisions = decisions.Where(d => d.Commission == commission);
        }

        if (filter.Rapporteur is { } slug)
        {
            decisions = decisions.Where(d => d.Rapporteur != null && d.Rapporteur.Slug == slug);
        }

        var rows = await decisions
            .PageNewestFirst(span.Skip, paging.PageSize)
            .Select(DecisionRow.Projection)
            .ToListAsync(cancellationToken);
        return new PagedList<DecisionRow>(rows, paging);
    }

    /// <summary>
    /// A value no decision has (a typo, a stale link, an injection attempt) is dropped, so the form always
    /// shows the filter that was applied; a known value that gives nothing alongside the others stays applied.
    /// </summary>
    private async Task<(DecisionFilter Filter, OfficialName? Rapporteur)> KeepKnownValuesAsync(DecisionFilter filter, CancellationToken cancellationToken)
    {
        var body = filter.Body is { } b && await db.Sittings.AnyAsync(s => s.Body == b, cancellationToken) ? b : null;
        var commission = filter.Commission is { } c && await db.Decisions.AnyAsync(d => d.Commission == c, cancellationToken) ? c : null;
        var rapporteur = filter.Rapporteur is { } slug
            ? await db.Officials.AsNoTracking().Where(o => o.Slug == slug).Select(OfficialName.FromEntity).FirstOrDefaultAsync(cancellationToken)
            : null;
        return (filter with { Body = body, Commission = commission, Rapporteur = rapporteur?.Slug }, rapporteur);
    }

    /// <summary>
    /// The decisions <paramref name="filter"/> keeps, but for the dimension <paramref name="except"/>, counted
    /// per sitting, commission and rapporteur (<see cref="DecisionFacetCount"/>): every figure of the list
    /// is a sum over a few thousand rows, whatever the size of the register.
    /// </summary>
    private IQueryable<DecisionFacetCount> Counted(DecisionFilter filter, Dimension except = Dimension.None)
    {
        var query = db.DecisionFacetCounts.AsNoTracking();
        if (filter.Year is { } year && except != Dimension.Year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            query = query.Where(c => c.Sitting != null && c.Sitting.Date >= from && c.Sitting.Date < to);
        }

        if (filter.Body is { } body && except != Dimension.Body)
        {
            query = query.Where(c => c.Sitting != null && c.Sitting.Body == body);
        }

        if (filter.Commission is { } commission && except != Dimension.Commission)
        {
            query = query.Where(c => c.Commission == commission);
        }

        if (filter.Rapporteur is { } slug && except != Dimension.Rapporteur)
        {
            query = query.Where(c => c.Rapporteur != null && c.Rapporteur.Slug == slug);
        }

        return query;
    }

    private async Task<Facet> YearsAsync(DecisionFilter filter, CancellationToken cancellationToken)
    {
        var rows = await Counted(filter, Dimension.Year)
            .Where(c => c.Sitting != null)
            .GroupBy(c => c.Sitting!.Date.Year)
            .Select(g => new { Year = g.Key, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var options = rows
            .OrderByDescending(r => r.Year)
            .Select(r => Option(r.Year.ToString(CultureInfo.InvariantCulture), r.Year.ToString(CultureInfo.InvariantCulture), r.Count, filter.Year?.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var selected = filter.Year?.ToString(CultureInfo.InvariantCulture);
        return new Facet("year", "Année", "Toutes les années", WithSelected(options, selected, selected));
    }

    private async Task<Facet> BodiesAsync(DecisionFilter filter, CancellationToken cancellationToken)
    {
        var rows = await Counted(filter, Dimension.Body)
            .Where(c => c.Sitting != null)
            .GroupBy(c => c.Sitting!.Body)
            .Select(g => new { Body = g.Key, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var options = rows
            .OrderBy(r => r.Body, French)
            .Select(r => Option(r.Body, r.Body, r.Count, filter.Body))
            .ToList();
        return new Facet("body", "Instance", "Toutes les instances", WithSelected(options, filter.Body, filter.Body));
    }

    private async Task<Facet> CommissionsAsync(DecisionFilter filter, CancellationToken cancellationToken)
    {
        var rows = await Counted(filter, Dimension.Commission)
            .Where(c => c.Commission != null)
            .GroupBy(c => c.Commission!)
            .Select(g => new { Commission = g.Key, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var options = rows
            .OrderBy(r => r.Commission, French)
            .Select(r => Option(r.Commission, DecisionWording.Capitalised(r.Commission), r.Count, filter.Commission))
            .ToList();
        var label = filter.Commission is { } c ? DecisionWording.Capitalised(c) : null;
        return new Facet("commission", "Commission", "Toutes les commissions", WithSelected(options, filter.Commission, label));
    }

    private async Task<Facet> RapporteursAsync(DecisionFilter filter, OfficialName? selected, CancellationToken cancellationToken)
    {
        // Counted by id, then named: grouped by the names themselves, the rows were sorted on five text
        // columns, 10 of the page's 40 ms at 20,000 extracts.
        var counts = await Counted(filter, Dimension.Rapporteur)
            .Where(c => c.RapporteurId != null)
            .GroupBy(c => c.RapporteurId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Sum(c => c.Count) })
            .ToDictionaryAsync(c => c.Id, c => c.Count, cancellationToken);
        var officials = await db.Officials.AsNoTracking()
            .Where(o => counts.Keys.Contains(o.Id))
            .Select(o => new { o.Id, o.Slug, o.Civility, o.FirstName, o.Surname, o.TermStart })
            .ToListAsync(cancellationToken);
        var named = officials
            .Select(o => new { o.Slug, o.Surname, o.TermStart, Name = new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname).Display, Count = counts[o.Id] })
            .ToList();

        // The same name in two terms is two officials (see docs/data-model.md): the term tells them apart.
        var repeated = named.GroupBy(r => r.Name, French).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(French);
        var options = named
            .OrderBy(r => r.Surname, French)
            .ThenBy(r => r.Name, French)
            .ThenBy(r => r.TermStart)
            .Select(r => Option(r.Slug, repeated.Contains(r.Name) ? $"{r.Name} (mandat {r.TermStart.Year.ToString(CultureInfo.InvariantCulture)})" : r.Name, r.Count, filter.Rapporteur))
            .ToList();
        return new Facet("rapporteur", "Rapporteur", "Tous les rapporteurs", WithSelected(options, filter.Rapporteur, selected?.Display));
    }

    private static FacetOption Option(string value, string label, int count, string? selected) =>
        new(value, label, count, string.Equals(value, selected, StringComparison.Ordinal));

    /// <summary>A chosen value that gives nothing alongside the other filters still shows, at 0, so the form says what is applied.</summary>
    private static List<FacetOption> WithSelected(List<FacetOption> options, string? selected, string? label)
    {
        if (selected is not null && !options.Any(o => o.Selected))
        {
            options.Insert(0, new FacetOption(selected, label ?? selected, 0, Selected: true));
        }

        return options;
    }
}
