using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing;

/// <summary>Checks across parts: sections expected but missing, counts that do not agree.</summary>
public static class ConsistencyChecks
{
    public static bool Run(DocumentMap map, Header header, Attendance attendance, IReadOnlyList<BudgetTable> tables, DiagnosticBag diagnostics)
    {
        if (header.Number is null)
        {
            diagnostics.Error("missing-number", 0, "Numéro de délibération introuvable : le document n'a pas pu être identifié.");
        }

        if (header.SessionDate is null)
        {
            diagnostics.Warning("missing-session-date", 0, "Date de séance introuvable.");
        }

        if (map.Attendance.IsEmpty)
        {
            diagnostics.Warning("missing-attendance", 0, "Listes de présence introuvables.");
        }
        else if (attendance.Present.Count == 0)
        {
            diagnostics.Warning("missing-attendance", map.Attendance.Start + 1, "Liste des présents introuvable : seuls les absents sont listés.");
        }

        if (map.OperativeVerb < 0)
        {
            diagnostics.Warning("missing-operative-part", 0, "Dispositif (DELIBERE / DECIDE) introuvable.");
        }

        var listed = attendance.Present.Count + attendance.Excused.Count + attendance.Unexcused.Count;
        if (header.MembersInOffice is { } members && listed > 0 && listed != members)
        {
            diagnostics.Warning(
                "attendance-count-mismatch",
                map.Attendance.Start + 1,
                $"{listed} élus listés (présents {attendance.Present.Count}, excusés {attendance.Excused.Count}, non excusés {attendance.Unexcused.Count}) pour {members} conseillers en exercice.");
        }

        foreach (var table in tables)
        {
            CheckTotals(table, diagnostics);
        }

        return true;
    }

    /// <summary>
    /// Each value column of a total row must be the sum of the rows since the previous total (a
    /// sub-total), or of every row above it (a grand total printed after sub-totals).
    /// </summary>
    private static void CheckTotals(BudgetTable table, DiagnosticBag diagnostics)
    {
        var start = 0;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (!row.IsTotal)
            {
                continue;
            }

            for (var c = 0; c < row.Values.Count; c++)
            {
                if (row.Values[c] is not { } total)
                {
                    continue;
                }

                var sum = SumAbove(table, c, start, r);
                if (sum != total && SumAbove(table, c, 0, r) != total)
                {
                    var column = c < table.Columns.Count ? table.Columns[c] : $"colonne {c + 1}";
                    diagnostics.Warning(
                        "table-total-mismatch",
                        row.Line,
                        $"Tableau « {table.Caption ?? "sans titre"} », {column} : les lignes font {sum.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} pour un total imprimé de {total.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))}.");
                }
            }

            start = r + 1;
        }
    }

    /// <summary>Column <paramref name="c"/> of the rows from <paramref name="from"/> to just before <paramref name="to"/>, totals left out.</summary>
    private static decimal SumAbove(BudgetTable table, int c, int from, int to)
    {
        decimal sum = 0;
        for (var k = from; k < to; k++)
        {
            var values = table.Rows[k].Values;
            if (!table.Rows[k].IsTotal && c < values.Count && values[c] is { } v)
            {
                sum += v;
            }
        }

        return sum;
    }
}
