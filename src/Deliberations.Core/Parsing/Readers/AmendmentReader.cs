using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Reads corrections read out in the session, between the report and the operative part:
/// <c>Dans …, il convient de lire : «corrected» au lieu de : «replaced»</c>. The corrected text is
/// what counts: a corrected table takes the place of the report table it replaces, and the replaced
/// figures are kept in the amendment.
/// </summary>
public static partial class AmendmentReader
{
    public static AmendmentResult Read(SourceText source, DocumentMap map, IReadOnlyList<BudgetTable> reportTables, DiagnosticBag diagnostics)
    {
        var range = map.Interventions;
        var style = map.Style;
        var tables = reportTables.ToList();
        var amendments = new List<Amendment>();
        var lines = source.Lines;
        for (var i = range.Start; i < range.End; i++)
        {
            var read = style.AmendmentRead.Match(lines[i].Plain);
            var opening = i;
            if (!read.Success && i + 1 < range.End && !lines[i + 1].IsBlank)
            {
                // A wrapped intro may split "il convient / de lire" over two lines: the phrase then
                // starts on the first line.
                var joined = style.AmendmentRead.Match($"{lines[i].Plain} {lines[i + 1].Plain}");
                if (joined.Success && joined.Groups["target"].Length < lines[i].Plain.Length)
                {
                    read = joined;
                    i++;
                }
            }

            if (!read.Success)
            {
                if (style.AmendmentInsteadOf.IsMatch(lines[i].Plain))
                {
                    diagnostics.Warning("amendment-unmatched", lines[i].Number, "« au lieu de » sans « il convient de lire » qui le précède.");
                }

                continue;
            }

            var insteadOf = FindNext(lines, i + 1, range.End, l => style.AmendmentInsteadOf.IsMatch(l.Plain) || style.AmendmentRead.IsMatch(l.Plain));
            if (insteadOf < 0 || style.AmendmentRead.IsMatch(lines[insteadOf].Plain))
            {
                diagnostics.Warning("amendment-unmatched", lines[i].Number, "« il convient de lire » sans « au lieu de » : la correction n'a pas pu être appliquée.");
                continue;
            }

            var replacedEnd = FindNext(lines, insteadOf + 1, range.End, l => style.AmendmentRead.IsMatch(l.Plain) || style.AmendmentNextTarget.IsMatch(l.Plain));
            var corrected = new LineRange(i + 1, insteadOf);
            var replaced = new LineRange(insteadOf + 1, replacedEnd < 0 ? range.End : replacedEnd);
            var target = read.Groups["target"].Value.Trim().TrimStart('"', '-', ' ').TrimEnd(',', ' ');
            var changes = new List<AmendedValue>();
            ApplyTables(source, corrected, replaced, tables, changes, diagnostics);
            changes.AddRange(TextChanges(source, corrected, replaced, style.ArticleNumber));
            amendments.Add(new Amendment(target, PlainText(source, corrected, read.Groups["rest"].Value), PlainText(source, replaced, null), changes, lines[opening].Number));
            i = replaced.End - 1;
        }

        return new AmendmentResult(amendments, tables);
    }

    private static void ApplyTables(SourceText source, LineRange corrected, LineRange replaced, List<BudgetTable> tables, List<AmendedValue> changes, DiagnosticBag diagnostics)
    {
        var scratch = new DiagnosticBag();
        var newTables = BudgetTableReader.Read(source, corrected, scratch);
        var oldTables = BudgetTableReader.Read(source, replaced, scratch);
        for (var k = 0; k < oldTables.Count && k < newTables.Count; k++)
        {
            var old = oldTables[k];
            var index = tables.FindIndex(t => SameTable(t, old));
            if (index < 0)
            {
                diagnostics.Warning("amendment-table-not-found", old.Line, "Le tableau remplacé par l'amendement ne figure pas dans l'exposé des motifs.");
                continue;
            }

            var replacement = newTables[k];
            var cellChanges = CellChanges(old, replacement).ToList();
            changes.AddRange(cellChanges);
            tables[index] = replacement with { Caption = tables[index].Caption, Line = tables[index].Line };
            diagnostics.Info(
                "amendment-applied",
                replacement.Line,
                $"Tableau « {tables[index].Caption ?? "sans titre"} » corrigé en séance : {string.Join(", ", cellChanges.Select(c => $"{c.Label} {c.Before:0.##} → {c.After:0.##}"))}.");
        }
    }

    private static bool SameTable(BudgetTable a, BudgetTable b) =>
        a.Columns.Count == b.Columns.Count
        && a.Rows.Count == b.Rows.Count
        && a.Rows.Zip(b.Rows).All(p => French.Fold(p.First.Label) == French.Fold(p.Second.Label) && p.First.Values.SequenceEqual(p.Second.Values));

    private static IEnumerable<AmendedValue> CellChanges(BudgetTable old, BudgetTable corrected)
    {
        for (var r = 0; r < old.Rows.Count && r < corrected.Rows.Count; r++)
        {
            for (var c = 0; c < old.Rows[r].Values.Count && c < corrected.Rows[r].Values.Count; c++)
            {
                if (old.Rows[r].Values[c] is { } before && corrected.Rows[r].Values[c] is { } after && before != after)
                {
                    var label = old.Columns.Count > 1 && c < old.Columns.Count ? $"{old.Rows[r].Label} — {old.Columns[c]}" : old.Rows[r].Label;
                    yield return new AmendedValue(label, before, after);
                }
            }
        }
    }

    /// <summary>Amounts in the prose (tables excluded) that differ between the two versions, paired in order.</summary>
    private static IEnumerable<AmendedValue> TextChanges(SourceText source, LineRange corrected, LineRange replaced, Regex articleNumber)
    {
        var after = ProseAmounts(source, corrected, articleNumber);
        var before = ProseAmounts(source, replaced, articleNumber);
        if (after.Count != before.Count)
        {
            yield break;
        }

        for (var k = 0; k < after.Count; k++)
        {
            if (after[k].Amount != before[k].Amount)
            {
                yield return new AmendedValue(after[k].Context, before[k].Amount, after[k].Amount);
            }
        }
    }

    private static List<(decimal Amount, string Context)> ProseAmounts(SourceText source, LineRange range, Regex articleNumber)
    {
        var found = new List<(decimal, string)>();
        foreach (var i in range.Indices())
        {
            var line = source.Lines[i];
            if (TableGridReader.LooksLikeTableRow(line.Raw))
            {
                continue;
            }

            var text = line.Plain.Trim('"', ' ');
            foreach (var (amount, index) in French.FindEuroAmounts(text))
            {
                found.Add((amount, Context(text, index, articleNumber)));
            }
        }

        return found;
    }

    /// <summary>The words before an amount, enough to say which figure it is ("3° - La recette …, soit").</summary>
    private static string Context(string text, int index, Regex articleNumber)
    {
        var article = articleNumber.Match(text);
        var words = text[..index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tail = string.Join(' ', words.Skip(Math.Max(0, words.Length - 6)));
        return article.Success && !tail.StartsWith(article.Value, StringComparison.Ordinal) ? $"{article.Value} … {tail}" : tail;
    }

    private static string PlainText(SourceText source, LineRange range, string? firstLineRest)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(firstLineRest))
        {
            parts.Add(firstLineRest.Trim());
        }

        parts.AddRange(range.Indices().Select(i => source.Lines[i].Plain).Where(p => p.Length > 0));
        return string.Join('\n', parts).Trim('"', ' ', '\n');
    }

    private static int FindNext(IReadOnlyList<SourceLine> lines, int from, int to, Func<SourceLine, bool> predicate)
    {
        for (var i = from; i < to; i++)
        {
            if (predicate(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

}

/// <summary>The amendments found, and the report's tables with the corrections applied.</summary>
public sealed record AmendmentResult(IReadOnlyList<Amendment> Amendments, IReadOnlyList<BudgetTable> Tables);
