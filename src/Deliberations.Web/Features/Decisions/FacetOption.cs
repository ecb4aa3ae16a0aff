namespace Deliberations.Web.Features.Decisions;

/// <summary>One choice of a filter, with how many decisions it would give alongside the other filters.</summary>
public sealed record FacetOption(string Value, string Label, int Count, bool Selected);

/// <summary>One filter of the list: its field name, label and choices.</summary>
public sealed record Facet(string Name, string Label, string AllLabel, IReadOnlyList<FacetOption> Options)
{
    public string Id => "filtre-" + Name;
}
