using System.ComponentModel;

namespace Deliberations.Web.Features.Api;

public enum FundedKind
{
    Project,
    Organisation,
}

/// <summary>A project or an organisation, with what the decisions give it.</summary>
[Description("Un projet ou un organisme, et ce que les délibérations lui consacrent.")]
public sealed record FundedItem(
    [property: Description("`project` : un projet nommé ; `organisation` : un organisme qui reçoit de l'argent.")] FundedKind Type,
    string Slug,
    string Name,
    [property: Description("Sigle de l'organisme, quand le texte en donne un.")] string? Acronym,
    int DecisionCount,
    [property: Description("Somme des montants indiqués par les délibérations ; null quand aucune n'en indique (ce n'est pas zéro).")] decimal? Total,
    [property: Description("Date de la séance la plus récente qui le nomme.")] DateOnly? Latest,
    string Url,
    string HtmlUrl);

/// <summary>A project and every decision that names it.</summary>
[Description("Un projet et chaque délibération qui le nomme.")]
public sealed record ProjectDetail(string Slug, string Name, decimal? Total, IReadOnlyList<ProjectDecisionItem> Decisions, string Url, string HtmlUrl);

public sealed record ProjectDecisionItem(DecisionRef Decision, decimal? Amount, [property: Description("Où le nom a été trouvé.")] string Source);

/// <summary>An organisation and every grant it received.</summary>
[Description("Un organisme et chaque somme qu'une délibération lui attribue.")]
public sealed record OrganisationDetail(string Slug, string Name, string? Acronym, decimal? Total, IReadOnlyList<OrganisationGrantItem> Grants, string Url, string HtmlUrl);

public sealed record OrganisationGrantItem(DecisionRef Decision, decimal? Amount, [property: Description("Ce qu'est l'organisme, tel qu'imprimé (`association`).")] string? Nature);
