using System.ComponentModel;

namespace Deliberations.Web.Features.Api;

/// <summary>Every list of the API: how many items match the filters in all, and the requested page of them.</summary>
[Description("Une page d'une liste : `total`, le nombre d'éléments qui répondent aux filtres, et `items`, ceux de la page demandée.")]
public sealed record ApiList<T>(int Total, IReadOnlyList<T> Items);
