using Deliberations.Web.Data.Entities;

namespace Deliberations.Web.Import;

/// <summary>
/// The terms of each council: the site's own from <c>Deliberations:Terms</c>; every other one the
/// municipal terms of <c>Deliberations:MunicipalTerms</c> (France elects all its communes' councils
/// on the same days).
/// </summary>
public sealed class TermCalendars(TermCalendar home, TermCalendar municipal)
{
    public TermCalendar Home => home;

    public TermCalendar For(int? council) => council is null or Council.HomeId ? home : municipal;
}
