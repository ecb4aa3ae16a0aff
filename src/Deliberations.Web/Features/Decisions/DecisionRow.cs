using System.Linq.Expressions;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Decisions;

/// <summary>A decision as the list of decisions reads it, for the site's page and the API's answer alike.</summary>
public sealed record DecisionRow(
    string Number,
    string Title,
    DateOnly? Date,
    string? Body,
    string? Commission,
    OfficialName? Rapporteur,
    int PresentCount,
    int ExcusedCount,
    int UnexcusedCount,
    int ProxyCount)
{
    /// <summary>The columns a list needs, read in the list's one query.</summary>
    public static readonly Expression<Func<Decision, DecisionRow>> Projection = d => new DecisionRow(
        d.Number,
        d.Title,
        d.Sitting == null ? null : d.Sitting.Date,
        d.Sitting == null ? null : d.Sitting.Body,
        d.Commission,
        d.Rapporteur == null ? null : new OfficialName(d.Rapporteur.Slug, d.Rapporteur.Civility, d.Rapporteur.FirstName, d.Rapporteur.Surname),
        d.PresentCount,
        d.ExcusedCount,
        d.UnexcusedCount,
        d.ProxyCount);

    public DecisionSummary Summary => new(Number, Title, Date, Body);
}
