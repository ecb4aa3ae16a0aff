using System.ComponentModel;
using Deliberations.Core.Model;
using Deliberations.Web.Features.Projects;

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

/// <summary>A project and one page of the decisions that name it.</summary>
[Description("Un projet et une page des délibérations qui le nomment, les plus récentes d'abord.")]
public sealed record ProjectDetail(
    string Slug,
    string Name,
    [property: Description("Somme des montants indiqués par toutes les délibérations qui le nomment ; null quand aucune n'en indique.")] decimal? Total,
    [property: Description("Nombre de délibérations qui le nomment, toutes pages confondues.")] int DecisionCount,
    int Page,
    int PageSize,
    IReadOnlyList<ProjectDecisionItem> Decisions,
    string Url,
    string HtmlUrl,
    string FeedUrl);

public sealed record ProjectDecisionItem(DecisionRef Decision, decimal? Amount, [property: Description("Où le nom a été trouvé.")] string Source);

/// <summary>An organisation and one page of the grants it received.</summary>
[Description("Un organisme et une page des sommes que les délibérations lui attribuent, les plus récentes d'abord.")]
public sealed record OrganisationDetail(
    string Slug,
    string Name,
    string? Acronym,
    [property: Description("Somme des montants indiqués par toutes les délibérations ; null quand aucune n'en indique.")] decimal? Total,
    [property: Description("Nombre de sommes attribuées, toutes pages confondues.")] int GrantCount,
    int Page,
    int PageSize,
    IReadOnlyList<OrganisationGrantItem> Grants,
    string Url,
    string HtmlUrl,
    string FeedUrl);

public sealed record OrganisationGrantItem(
    DecisionRef Decision,
    decimal? Amount,
    [property: Description("Ce qu'est l'organisme, tel qu'imprimé (`association`).")] string? Nature,
    [property: Description(GrantWording.KindDescription)] BeneficiaryKind? Kind,
    [property: Description("Ligne du texte de la délibération où l'organisme est nommé.")] int Line);
