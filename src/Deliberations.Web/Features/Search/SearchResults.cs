using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Search;

/// <summary>A decision found by its words, with the passage that matched (HTML-encoded, matches in <c>&lt;mark&gt;</c>).</summary>
public sealed record DecisionHit(DecisionSummary Decision, string SnippetHtml);

/// <summary>An official found by name, with the term that tells two namesakes apart.</summary>
public sealed record OfficialHit(OfficialName Name, DateOnly TermStart);

/// <summary>A project found by name.</summary>
public sealed record ProjectHit(string Slug, string Name)
{
    public string Href => Routes.Project(Slug);
}

/// <summary>An organisation found by name or acronym.</summary>
public sealed record OrganisationHit(string Slug, string Name, string? Acronym)
{
    public string Href => Routes.Organisation(Slug);

    public string Display => Acronym is null ? Name : $"{Name} ({Acronym})";
}
