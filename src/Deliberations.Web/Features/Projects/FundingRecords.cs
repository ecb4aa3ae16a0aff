using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Projects;

/// <summary>A decision that names a project, with the amount it gives it.</summary>
/// <param name="Source">Where the parser found the name: title, heading, named project.</param>
public sealed record ProjectMention(DecisionSummary Decision, decimal? Amount, string Source);

/// <summary>A project and every decision that names it, newest first: its page and its API answer.</summary>
public sealed record ProjectRecord(string Slug, string Name, IReadOnlyList<ProjectMention> Mentions)
{
    public decimal? Total => Amounts.Total(Mentions.Select(m => m.Amount));
}

/// <summary>A sum a decision gives an organisation.</summary>
/// <param name="Nature">What the organisation is, as printed (<c>association</c>).</param>
public sealed record GrantMention(DecisionSummary Decision, decimal? Amount, string? Nature);

/// <summary>An organisation and every sum decisions give it, newest first: its page and its API answer.</summary>
public sealed record OrganisationRecord(string Slug, string Name, string? Acronym, IReadOnlyList<GrantMention> Grants)
{
    public decimal? Total => Amounts.Total(Grants.Select(g => g.Amount));
}
