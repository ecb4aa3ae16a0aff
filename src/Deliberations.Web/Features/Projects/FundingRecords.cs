using System.Linq.Expressions;
using Deliberations.Core.Model;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;

namespace Deliberations.Web.Features.Projects;

/// <summary>A decision that names a project, with the amount it gives it.</summary>
/// <param name="Source">Where the parser found the name: title, heading, named project.</param>
public sealed record ProjectMention(DecisionSummary Decision, decimal? Amount, string Source)
{
    public static readonly Expression<Func<DecisionProject, ProjectMention>> FromEntity =
        l => new ProjectMention(
            new DecisionSummary(l.Decision!.Number, l.Decision.Title, l.Decision.Sitting == null ? null : l.Decision.Sitting.Date, l.Decision.Sitting == null ? null : l.Decision.Sitting.Body),
            l.Amount,
            l.Source);
}

/// <summary>A project, the figures the import keeps on it, and one page of the decisions that name it, newest first: its page, API answer and feed.</summary>
/// <param name="Total">The sum of the amounts the decisions state for it; null when none states one.</param>
public sealed record ProjectRecord(string Slug, string Name, decimal? Total, PagedList<ProjectMention> Mentions);

/// <summary>Who receives a grant, as lists and exports name it.</summary>
public sealed record GrantRecipient(string Slug, string Name, string? Acronym)
{
    public string Label => Acronym is null ? Name : $"{Name} ({Acronym})";
}

/// <summary>
/// A sum a decision gives an organisation: the one shape of a grant that the organisation's page, its API
/// answer and feed, and the grant exports read, so they never disagree on what a grant is.
/// </summary>
/// <param name="Nature">What the organisation is, as printed (<c>association</c>).</param>
/// <param name="Kind">What the text calls the money; null when it was stored before the parser read it.</param>
/// <param name="Line">The line of the decision's current text where the organisation is first named.</param>
public sealed record GrantMention(DecisionSummary Decision, GrantRecipient Recipient, decimal? Amount, string? Nature, BeneficiaryKind? Kind, int Line)
{
    public static readonly Expression<Func<Grant, GrantMention>> FromEntity =
        g => new GrantMention(
            new DecisionSummary(g.Decision!.Number, g.Decision.Title, g.Decision.Sitting == null ? null : g.Decision.Sitting.Date, g.Decision.Sitting == null ? null : g.Decision.Sitting.Body),
            new GrantRecipient(g.Organisation!.Slug, g.Organisation.Name, g.Organisation.Acronym),
            g.Amount,
            g.Nature,
            g.Kind,
            g.Line);
}

/// <summary>An organisation, the figures the import keeps on it, and one page of the sums decisions give it, newest first: its page, API answer and feed.</summary>
public sealed record OrganisationRecord(string Slug, string Name, string? Acronym, decimal? Total, PagedList<GrantMention> Grants)
{
    public string Label => Acronym is null ? Name : $"{Name} ({Acronym})";
}
