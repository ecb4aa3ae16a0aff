using System.Linq.Expressions;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;

namespace Deliberations.Web.Features.Officials;

/// <summary>An official's figures over the register, as the import stored them on the official.</summary>
public sealed record OfficialTotals(int Present, int Excused, int Unexcused, int ProxiesGiven, int ProxiesHeld, int Reports)
{
    /// <summary>The decisions whose lists name the official; a Commission permanente lists only its members.</summary>
    public int Listed => Present + Excused + Unexcused;
}

/// <summary>Who an official is, and their figures: the head of every view of an official, one or many.</summary>
public sealed record OfficialFacts(int Id, OfficialName Name, DateOnly TermStart, string SurnameKey, string? PersonKey, OfficialTotals Totals)
{
    public static readonly Expression<Func<Official, OfficialFacts>> FromEntity = o => new OfficialFacts(
        o.Id,
        new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname),
        o.TermStart,
        o.SurnameKey,
        o.PersonKey,
        new OfficialTotals(o.PresentCount, o.ExcusedCount, o.UnexcusedCount, o.ProxiesGivenCount, o.ProxiesHeldCount, o.ReportCount));
}

/// <summary>A surname as extracts print it, why it was joined to this official, and how often it was printed.</summary>
public sealed record SpellingRow(string Spelling, string Reason, int Printed);

/// <summary>One decision and the official's line in its attendance lists.</summary>
public sealed record OfficialLine(DecisionSummary Decision, AttendanceStatus Status, string PrintedName, OfficialName? ProxyHolder);

/// <summary>What the official's page and API answer both show, each list one page of it.</summary>
/// <param name="Decisions">The decisions whose lists name the official, newest first.</param>
/// <param name="Reported">The decisions the official reported, newest first.</param>
public sealed record OfficialRecord(OfficialFacts Facts, IReadOnlyList<SpellingRow> Spellings, PagedList<OfficialLine> Decisions, PagedList<DecisionSummary> Reported);

/// <summary>Which page of each list of an <see cref="OfficialRecord"/> to read, from the list's total.</summary>
public sealed record OfficialPages(Func<int, Paging> Decisions, Func<int, Paging> Reported)
{
    /// <summary>Every row of each list: the API answer.</summary>
    public static readonly OfficialPages Whole = new(Paging.Whole, Paging.Whole);
}

/// <summary>A vote given or carried in one decision, and the colleague at the other end: who gave it, or who carried it.</summary>
public sealed record ProxyLine(DecisionSummary Decision, OfficialName Colleague);

/// <summary>How many times a vote went from one official to another.</summary>
public sealed record ProxyCount(OfficialName Official, int Count);

/// <summary>Whom the official gave their vote to, and whose votes they held, most frequent first.</summary>
public sealed record ProxyCounts(IReadOnlyList<ProxyCount> Given, IReadOnlyList<ProxyCount> Held);

/// <summary>One sitting as one official lived it: how many of its decisions listed them, and with what status.</summary>
public sealed record OfficialSittingRow(DateOnly Date, string Body, int Listed, int Present, int Excused, int Unexcused);

/// <summary>A month of the official's sittings (or a whole year, with <see cref="Month"/> 0): the decisions that listed them, and where they were present.</summary>
public sealed record MonthFigures(int Year, int Month, int Listed, int Present);

/// <summary>An official of another term with the same civility and surname.</summary>
/// <param name="SamePerson">True only when a curated roster gave both records the same <c>PersonKey</c>.</param>
public sealed record SameNameRow(OfficialName Name, DateOnly TermStart, bool SamePerson);
