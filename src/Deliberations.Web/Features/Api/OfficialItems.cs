using System.ComponentModel;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Officials;

namespace Deliberations.Web.Features.Api;

/// <summary>An official's attendance over every decision that lists them.</summary>
[Description("La présence d'un élu sur toutes les délibérations qui le listent.")]
public sealed record OfficialAttendance(
    [property: Description("Délibérations où l'élu est présent.")] int Present,
    [property: Description("Délibérations où l'élu est absent excusé.")] int Excused,
    [property: Description("Délibérations où l'élu est absent non excusé.")] int Unexcused,
    [property: Description("Pouvoirs donnés : absences excusées où un autre élu porte sa voix.")] int ProxiesGiven,
    [property: Description("Pouvoirs détenus : voix d'absents que l'élu a portées.")] int ProxiesHeld)
{
    public static readonly OfficialAttendance None = new(0, 0, 0, 0, 0);

    public static OfficialAttendance From(OfficialTotals totals) =>
        new(totals.Present, totals.Excused, totals.Unexcused, totals.ProxiesGiven, totals.ProxiesHeld);
}

/// <summary>An official as the list shows them.</summary>
[Description("Un élu et sa présence, tel que la liste le montre.")]
public sealed record OfficialItem(
    [property: Description("Identifiant stable de l'élu dans un mandat : `mme-baume-2020`.")] string Slug,
    string Name,
    string? Civility,
    string? FirstName,
    string Surname,
    [property: Description("Premier jour du mandat. Un même nom dans deux mandats fait deux élus : rien dans les extraits ne prouve qu'il s'agit de la même personne.")] DateOnly TermStart,
    OfficialAttendance Attendance,
    [property: Description("Délibérations dont l'élu est rapporteur.")] int Reports,
    string Url,
    string HtmlUrl,
    [property: Description("Flux Atom des délibérations où l'élu est listé.")] string FeedUrl);

/// <summary>An official, their attendance decision by decision, the proxies they held and the reports they gave, a page of each.</summary>
[Description("Un élu, sa présence délibération par délibération, les pouvoirs portés et les rapports présentés : une page de chaque liste.")]
public sealed record OfficialDetail(
    string Slug,
    string Name,
    string? Civility,
    string? FirstName,
    string Surname,
    DateOnly TermStart,
    OfficialAttendance Attendance,
    [property: Description("Délibérations dont l'élu est rapporteur.")] int ReportCount,
    [property: Description("La page des trois listes ci-dessous, à partir de 1 ; leurs totaux sont dans `attendance` (présent + excusé + absent, `proxiesHeld`) et `reportCount`.")] int Page,
    [property: Description("Nombre d'éléments par page de chaque liste.")] int PageSize,
    [property: Description("Les graphies du nom rencontrées dans les extraits, et pourquoi elles désignent cet élu.")] IReadOnlyList<SpellingItem> Spellings,
    [property: Description("Les délibérations où l'élu est listé, la plus récente d'abord : une page.")] IReadOnlyList<OfficialDecisionItem> Decisions,
    [property: Description("Les voix d'absents que l'élu a portées, la délibération la plus récente d'abord : une page.")] IReadOnlyList<HeldProxyItem> ProxiesHeld,
    [property: Description("Les délibérations dont l'élu est rapporteur, la plus récente d'abord : une page.")] IReadOnlyList<DecisionRef> Reports,
    string Url,
    string HtmlUrl,
    string FeedUrl);

public sealed record SpellingItem(string Spelling, [property: Description("Pourquoi cette graphie désigne cet élu.")] string Reason);

/// <summary>An official's line in one decision's attendance.</summary>
public sealed record OfficialDecisionItem(DecisionRef Decision, AttendanceStatus Status, string PrintedName, OfficialRef? ProxyHolder);

/// <summary>A vote an official carried for an absent colleague.</summary>
public sealed record HeldProxyItem(DecisionRef Decision, [property: Description("L'absent qui a donné pouvoir.")] OfficialRef From);
