using System.ComponentModel;
using System.Linq.Expressions;
using Deliberations.Web.Data.Entities;
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
    /// <summary>The columns a list needs, read in the list's one query.</summary>
    internal sealed record Row(string Number, string Title, DateOnly? Date, string? Body, string? Commission, OfficialName? Rapporteur, int Present, int Excused, int Unexcused, int Proxies);

    internal static readonly Expression<Func<Decision, Row>> Projection = d => new Row(
        d.Number, d.Title,
        d.Sitting == null ? null : d.Sitting.Date,
        d.Sitting == null ? null : d.Sitting.Body,
        d.Commission,
        d.Rapporteur == null ? null : new OfficialName(d.Rapporteur.Slug, d.Rapporteur.Civility, d.Rapporteur.FirstName, d.Rapporteur.Surname),
        d.PresentCount, d.ExcusedCount, d.UnexcusedCount, d.ProxyCount);

    internal static DecisionItem From(Row r) => new(
        r.Number, r.Title, r.Date, r.Body, r.Commission,
        r.Rapporteur is null ? null : OfficialRef.From(r.Rapporteur),
        new DecisionCounts(r.Present, r.Excused, r.Unexcused, r.Proxies),
        ApiRoutes.Decision(r.Number), Routes.Decision(r.Number));
}
