using System.Globalization;
using Deliberations.Web.Import;

namespace Deliberations.Web.Features.Shared;

/// <summary>
/// How the site names a council term: <c>Mandat 2015 – 2020</c> as a heading, <c>mandat 2015-2020</c>
/// inside a sentence. The current term has no end yet, so it reads <c>Mandat 2020 – …</c>.
/// </summary>
public static class TermLabel
{
    public static string Heading(TermCalendar terms, DateOnly start) => $"Mandat {start.Year.ToString(CultureInfo.InvariantCulture)} – {EndYear(terms, start)}";

    public static string Inline(TermCalendar terms, DateOnly start) => $"mandat {start.Year.ToString(CultureInfo.InvariantCulture)}-{EndYear(terms, start)}";

    // A term ends the day before the next begins, so a term that ends on 2020-07-01 is "2015 – 2020".
    private static string EndYear(TermCalendar terms, DateOnly start) =>
        terms.EndOf(start) is { } end ? end.Year.ToString(CultureInfo.InvariantCulture) : "…";
}
