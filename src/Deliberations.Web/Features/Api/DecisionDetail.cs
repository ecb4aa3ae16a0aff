using System.ComponentModel;
using Deliberations.Core.Model;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Projects;

namespace Deliberations.Web.Features.Api;

/// <summary>One decision with everything the parser found in its current text.</summary>
[Description("Une délibération et tout ce que l'analyse a lu dans son texte courant.")]
public sealed record DecisionDetail(
    [property: Description("Numéro tel qu'imprimé.")] string Number,
    [property: Description("L'objet de la délibération.")] string Title,
    [property: Description("Instance : `Conseil` ou `Commission permanente`.")] string? Body,
    [property: Description("Date de la séance.")] DateOnly? Date,
    SittingRef? Sitting,
    [property: Description("Commission principale.")] string? Commission,
    [property: Description("Communes concernées, telles qu'imprimées.")] string? Communes,
    [property: Description("Service instructeur.")] string? Service,
    OfficialRef? Rapporteur,
    [property: Description("Qualité du rapporteur : `Vice-Présidente`, `Conseillère déléguée`.")] string? RapporteurRole,
    OfficialRef? President,
    OfficialRef? Secretary,
    [property: Description("Nombre de conseillers en exercice au jour de la séance.")] int? MembersInOffice,
    DateOnly? ConvocationDate,
    [property: Description("Date d'affichage.")] DateOnly? PostedDate,
    [property: Description("Date du rapport (« Vu le rapport du … »).")] DateOnly? ReportDate,
    [property: Description("Réception au contrôle de légalité.")] DateOnly? ReceivedDate,
    [property: Description("Date de télétransmission à la préfecture.")] DateOnly? TransmissionDate,
    [property: Description("Identifiant de l'accusé de réception de la préfecture.")] string? PrefectureId,
    [property: Description("`DELIBERE` (Conseil) ou `DECIDE` (Commission permanente).")] string? OperativeVerb,
    [property: Description("L'exposé des motifs tel qu'imprimé (Markdown et HTML d'origine conservés, non assaini).")] string ReportText,
    DecisionCounts Counts,
    IReadOnlyList<ArticleItem> Articles,
    [property: Description("Chaque élu des listes de présence, dans l'ordre du document.")] IReadOnlyList<AttendanceItem> Attendance,
    [property: Description("Tableaux budgétaires, corrections lues en séance appliquées.")] IReadOnlyList<BudgetTableItem> BudgetTables,
    IReadOnlyList<ImputationItem> Imputations,
    [property: Description("Corrections lues en séance : le texte remplacé est conservé.")] IReadOnlyList<AmendmentItem> Amendments,
    IReadOnlyList<ProjectMentionItem> Projects,
    IReadOnlyList<GrantItem> Grants,
    [property: Description("Ce que l'analyse n'a pas su placer dans la version courante, et les contrôles en échec.")] IReadOnlyList<DiagnosticItem> Diagnostics,
    [property: Description("Les textes successifs de la délibération, le plus ancien d'abord.")] IReadOnlyList<VersionItem> Versions,
    string Url,
    string HtmlUrl);

/// <summary>An article of the operative part.</summary>
public sealed record ArticleItem(
    [property: Description("`1°`, `2°`…")] string Number,
    string Text,
    [property: Description("Ligne du texte source (1 pour la première).")] int Line);

/// <summary>One official's line in the attendance lists.</summary>
[Description("La ligne d'un élu dans les listes de présence d'une délibération.")]
public sealed record AttendanceItem(
    OfficialRef Official,
    [property: Description("Le nom tel que cet extrait l'imprime.")] string PrintedName,
    AttendanceStatus Status,
    [property: Description("Pour un absent excusé : l'élu qui porte sa voix (« pouvoir à »).")] OfficialRef? ProxyHolder);

/// <summary>A budget table of the report.</summary>
[Description("Un tableau budgétaire du rapport.")]
public sealed record BudgetTableItem(
    string? Caption,
    [property: Description("Intitulés des colonnes de valeurs (la colonne des libellés n'est pas comptée).")] IReadOnlyList<string> Columns,
    IReadOnlyList<BudgetRowItem> Rows,
    int Line);

/// <summary>A row of a budget table: one value per column, null where the cell is empty.</summary>
public sealed record BudgetRowItem(string Label, IReadOnlyList<decimal?> Values, bool IsTotal, int Line);

/// <summary>Where money is booked: budget, years, chapter, operation.</summary>
[Description("Où une délibération impute une somme : budget, exercices, chapitre, opération.")]
public sealed record ImputationItem(
    [property: Description("Montant en euros.")] decimal? Amount,
    [property: Description("`dépense` ou `recette`.")] string? Direction,
    [property: Description("`fonctionnement` ou `investissement`.")] string? Section,
    string? Budget,
    [property: Description("Exercices budgétaires nommés.")] IReadOnlyList<int> Years,
    string? Chapter,
    string? Operation,
    [property: Description("L'article du dispositif qui impute.")] string ArticleNumber,
    int Line);

/// <summary>A correction read out in the session.</summary>
[Description("Une correction lue en séance.")]
public sealed record AmendmentItem(string Target, string CorrectedText, string ReplacedText, IReadOnlyList<AmendedValueItem> Changes, int Line);

/// <summary>One figure an amendment changed.</summary>
public sealed record AmendedValueItem(string Label, decimal Before, decimal After);

/// <summary>A project as one decision names it.</summary>
public sealed record ProjectMentionItem(
    ProjectRef Project,
    [property: Description("Montant que la délibération lui consacre, quand un tableau le dit.")] decimal? Amount,
    [property: Description("Où le nom a été trouvé : titre, intertitre, nom cité.")] string Source,
    int Line);

/// <summary>Money a decision gives an organisation.</summary>
public sealed record GrantItem(
    OrganisationRef Organisation,
    decimal? Amount,
    [property: Description("Ce qu'est l'organisme, tel qu'imprimé (`association`).")] string? Nature,
    [property: Description(GrantWording.KindDescription)] BeneficiaryKind? Kind,
    int Line);

/// <summary>A parser finding.</summary>
public sealed record DiagnosticItem(Severity Severity, string Code, int Line, string Message);

/// <summary>One imported text of the decision.</summary>
[Description("Un texte importé de la délibération.")]
public sealed record VersionItem(
    int Version,
    string FileName,
    [property: Description("SHA-256 des octets importés.")] string ContentHash,
    string Encoding,
    DateTimeOffset ImportedAt,
    ParseStatus Status,
    [property: Description("Vrai pour le texte dont les autres champs sont tirés.")] bool IsCurrent,
    IReadOnlyList<DiagnosticItem> Diagnostics);
