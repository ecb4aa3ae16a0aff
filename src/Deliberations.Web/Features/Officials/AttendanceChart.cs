using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Charts;

namespace Deliberations.Web.Features.Officials;

/// <summary>
/// Attendance over time: for each month with a sitting, the share of the month's decisions where the
/// official was present. Past two years of months the bars become years, so a whole term stays one screen.
/// </summary>
public static class AttendanceChart
{
    public const int MaxMonths = 24;

    /// <param name="months">The official's months (<see cref="OfficialQuery.MonthsAsync"/>).</param>
    public static BarChartModel Build(IReadOnlyList<MonthFigures> months, OfficialName official)
    {
        var byYear = months.Count > MaxMonths;
        var periods = byYear
            ? months.GroupBy(m => m.Year).Select(y => new MonthFigures(y.Key, 0, y.Sum(m => m.Listed), y.Sum(m => m.Present)))
            : months;
        var bars = periods
            .OrderBy(p => p.Year)
            .ThenBy(p => p.Month)
            .Select(p => new ChartBar($"{Label(p)} : {FrenchFormat.Number(p.Present)} sur {FrenchFormat.Number(p.Listed)}", 100m * p.Present / p.Listed))
            .ToList();

        var listed = months.Sum(m => m.Listed);
        var present = months.Sum(m => m.Present);
        var unit = byYear ? "année" : "mois";
        var name = official.Display;
        var presentWord = AttendanceWording.Status(AttendanceStatus.Present, official.Civility);
        var listedWord = official.Civility == "Mme" ? "listée" : "listé";
        return new BarChartModel(
            "presence-dans-le-temps",
            $"Présence de {name}, par {unit}",
            $"Part des délibérations où {name} est {listedWord} {presentWord}, {unit} par {unit} : {presentWord} à {FrenchFormat.Number(present)} sur {FrenchFormat.Number(listed)} au total.",
            bars)
        {
            FormatValue = value => FrenchFormat.Percent(value),
            LabelHeading = byYear ? "Année (présent à … sur …)" : "Mois (présent à … sur …)",
            ValueHeading = "Présence",
        };
    }

    private static string Label(MonthFigures period) => period.Month == 0
        ? period.Year.ToString(FrenchFormat.Culture)
        : new DateOnly(period.Year, period.Month, 1).ToString("MMMM yyyy", FrenchFormat.Culture);
}
