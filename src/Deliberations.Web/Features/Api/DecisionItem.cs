using System.ComponentModel;
using Deliberations.Web.Features.Decisions;
using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Api;

/// <summary>A decision as the lists of the API show it (decisions, a sitting's decisions).</summary>
[Description("Une délibération telle que les listes la montrent.")]
public sealed record DecisionItem(
    [property: Description("Numéro tel qu'imprimé : `2019-3364`, `CP-2018-2133`.")] string Number,
    [property: Description("L'objet de la délibération.")] string Title,
    [property: Description("Date de la séance.")] DateOnly? Date,
    [property: Description("Instance : `Conseil` ou `Commission permanente`.")] string? Body,
    [property: Description("Commission principale.")] string? Commission,
    OfficialRef? Rapporteur,
    DecisionCounts Counts,
    string Url,
    string HtmlUrl)
{
    internal static DecisionItem From(DecisionRow r) => new(
        r.Number, r.Title, r.Date, r.Body, r.Commission,
        r.Rapporteur is null ? null : OfficialRef.From(r.Rapporteur),
        new DecisionCounts(r.PresentCount, r.ExcusedCount, r.UnexcusedCount, r.ProxyCount),
        ApiRoutes.Decision(r.Number), Routes.Decision(r.Number));
}
