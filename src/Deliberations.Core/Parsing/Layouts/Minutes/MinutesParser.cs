using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Layouts.Minutes;

/// <summary>
/// Reads the minutes of a whole sitting: the sitting's header, its attendance and its numbered items.
/// Minutes have no number of their own, no single report nor operative part: those stay empty.
/// </summary>
public static class MinutesParser
{
    public static ParsedExtract Parse(SourceText source, Layout layout, SourceInfo info, DiagnosticBag diagnostics)
    {
        var header = ExtractParser.Run(diagnostics, "header", () => SittingHeaderReader.Read(source, diagnostics), Header.Empty);
        var items = ExtractParser.Run<IReadOnlyList<SittingItem>>(diagnostics, "items", () => SittingItemReader.Read(source, layout.ItemNumberings, diagnostics), []);
        var itemsStart = items.Count > 0 ? items.Min(i => i.Line) - 1 : source.Lines.Count;
        var attendance = ExtractParser.Run(diagnostics, "attendance", () => SittingAttendanceReader.Read(source, layout.Lists, itemsStart, diagnostics), Attendance.Empty);
        ExtractParser.Run(diagnostics, "checks", () => SittingChecks.Run(header, attendance, diagnostics), true);
        diagnostics.Info("missing-number", 0, "Procès-verbal d'une séance : pas de numéro de délibération propre au document.");
        if (items.Count == 0)
        {
            diagnostics.Info("minutes-no-items", 0, "Aucun point numéroté trouvé dans le procès-verbal.");
        }

        return new ParsedExtract(info, header, attendance, Report.Empty, OperativePart.Empty, [], [], [], [], [], Legality.Empty, diagnostics.Items)
        {
            Kind = layout.Kind,
            Items = items,
        };
    }
}
