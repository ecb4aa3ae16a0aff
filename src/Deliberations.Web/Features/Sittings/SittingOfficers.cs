using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Sittings;

/// <summary>Who the decisions' headers name as president and secretary, and the members in office they state.</summary>
public sealed record SittingOfficers(IReadOnlyList<OfficialName> Presidents, IReadOnlyList<OfficialName> Secretaries, int? MembersInOffice)
{
    /// <summary>
    /// Usually one president for the whole sitting, but a vice-president may take the chair for some
    /// decisions: every distinct name is kept rather than the first one.
    /// </summary>
    public static async Task<SittingOfficers> LoadAsync(DeliberationsDb db, SittingHeader sitting, CancellationToken cancellationToken)
    {
        // Keyed on the sitting, found within its council: read without the filter, as SittingQuery.Decisions.
        var decisions = db.Decisions.IgnoreQueryFilters().Where(d => d.SittingId == sitting.Id);
        var presidents = await decisions
            .Where(d => d.President != null)
            .Select(d => new { d.President!.Slug, d.President.Civility, d.President.FirstName, d.President.Surname })
            .Distinct()
            .ToListAsync(cancellationToken);
        var secretaries = await decisions
            .Where(d => d.Secretary != null)
            .Select(d => new { d.Secretary!.Slug, d.Secretary.Civility, d.Secretary.FirstName, d.Secretary.Surname })
            .Distinct()
            .ToListAsync(cancellationToken);
        var members = sitting.MembersInOffice ?? await decisions.MaxAsync(d => d.MembersInOffice, cancellationToken);

        return new SittingOfficers(
            [.. presidents.Select(p => new OfficialName(p.Slug, p.Civility, p.FirstName, p.Surname))],
            [.. secretaries.Select(s => new OfficialName(s.Slug, s.Civility, s.FirstName, s.Surname))],
            members);
    }
}
