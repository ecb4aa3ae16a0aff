using System.ComponentModel;

namespace Deliberations.Web.Features.Api;

/// <summary>A sitting as the list shows it.</summary>
[Description("Une séance telle que la liste la montre.")]
public sealed record SittingItem(
    [property: Description("`2021-12-13-conseil` : la date et l'instance.")] string Slug,
    DateOnly Date,
    [property: Description("Instance : `Conseil` ou `Commission permanente`.")] string Body,
    [property: Description("Premier jour du mandat auquel la séance appartient.")] DateOnly TermStart,
    int? MembersInOffice,
    int DecisionCount,
    string Url,
    string HtmlUrl);

/// <summary>A sitting, its decisions, and who was there.</summary>
[Description("Une séance, ses délibérations et la présence de chaque élu listé.")]
public sealed record SittingDetail(
    string Slug,
    DateOnly Date,
    string Body,
    DateOnly TermStart,
    int? MembersInOffice,
    IReadOnlyList<DecisionItem> Decisions,
    [property: Description("Chaque élu listé dans au moins une délibération de la séance, avec le nombre de délibérations où il est présent, excusé, absent.")] IReadOnlyList<SittingAttendanceItem> Attendance,
    string Url,
    string HtmlUrl);

/// <summary>An official's attendance over the decisions of one sitting.</summary>
public sealed record SittingAttendanceItem(OfficialRef Official, int Present, int Excused, int Unexcused, int ProxiesGiven);
