using System.Globalization;
using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Reads the header above the attendance lists and recognises its repetition after them: the top
/// values win, the repetition fills what the top lacks, and a disagreement is reported.
/// </summary>
public static partial class HeaderReader
{
    /// <summary>How far to look for a header when the document has no attendance list to bound it.</summary>
    private const int UnboundedHeaderLines = 40;

    public static Header Read(SourceText source, DocumentMap map, DiagnosticBag diagnostics)
    {
        var topRange = map.Header.IsEmpty && map.Attendance.IsEmpty
            ? new LineRange(0, Math.Min(source.Lines.Count, UnboundedHeaderLines))
            : map.Header;
        var top = ReadFields(source, topRange, map.Style, diagnostics, reportUnknown: true);
        var repeated = ReadFields(source, map.RepeatedHeader, map.Style, diagnostics, reportUnknown: false);
        var header = Merge(top, repeated, diagnostics);
        var (reportName, reportDate, reportLine) = ReadReport(source, map);
        return header with { ReportName = reportName, ReportDate = reportDate, Lines = header.Lines with { Report = reportLine } };
    }

    private static Header ReadFields(SourceText source, LineRange range, Layouts.ExtractStyle style, DiagnosticBag diagnostics, bool reportUnknown)
    {
        var h = new Header();
        var lines = source.Lines;
        for (var i = range.Start; i < range.End && i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var text = line.Plain;
            var before = h;
            var sitting = style.Sitting.Match(text);
            if (sitting.Success && h.SessionDate is null)
            {
                h = h with { Body = BodyName(sitting.Groups["body"].Value), SessionDate = French.FindDate(sitting.Groups["date"].Value) };
            }

            var number = style.Number.Match(text);
            if (number.Success && h.Number is null)
            {
                h = h with { Number = number.Groups["number"].Value.TrimEnd('.', ',', ';'), ActName = Capitalised(number.Groups["act"].Value) };
            }

            if (sitting.Success || number.Success)
            {
                h = h with { Lines = h.Lines.Filled(before, h, line.Number) };
                continue;
            }

            var field = Field().Match(text);
            if (!field.Success)
            {
                continue;
            }

            // A value may run over the following lines when a tool wrapped it (reflowed PDFs).
            var value = field.Groups["value"].Value.Trim();
            while (i + 1 < range.End && !lines[i + 1].IsBlank && !Field().IsMatch(lines[i + 1].Plain) && !style.Sitting.IsMatch(lines[i + 1].Plain))
            {
                value = $"{value} {lines[++i].Plain}".Trim();
            }

            var label = field.Groups["label"].Value;
            h = Apply(h, French.Fold(label), value, line.Number, out var known);
            h = h with { Lines = h.Lines.Filled(before, h, line.Number) };
            if (!known && reportUnknown)
            {
                diagnostics.Info("header-unknown-field", line.Number, $"Rubrique d'en-tête non reconnue : « {label.Trim()} ».");
            }
        }

        return h;
    }

    private static Header Apply(Header h, string label, string value, int line, out bool known)
    {
        known = true;
        var empty = value.Length == 0 ? null : value;
        // Clerks space labels every way.
        label = Spaces().Replace(label, " ");
        return label switch
        {
            _ when label.StartsWith("commission principale", StringComparison.Ordinal) => h with { Commission = h.Commission ?? empty },
            _ when label.StartsWith("commission", StringComparison.Ordinal) && label.Contains("avis", StringComparison.Ordinal) => h,
            _ when label.StartsWith("commune", StringComparison.Ordinal) => h with { Communes = h.Communes ?? empty },
            "objet" => h.Title is null ? h with { Title = empty, TitleLine = empty is null ? 0 : line } : h,
            "service" => h with { Service = h.Service ?? empty },
            "rapporteur" or "rapporteure" => h with { Rapporteur = h.Rapporteur ?? PersonNameReader.Read(value, line) },
            "president" or "presidente" or "presidence" => h with { President = h.President ?? PersonNameReader.Read(value, line) },
            _ when label.StartsWith("secretaire", StringComparison.Ordinal) => h with { Secretary = h.Secretary ?? PersonNameReader.Read(value, line) },
            _ when label.StartsWith("nombre de conseillers", StringComparison.Ordinal) || label.StartsWith("nombre de membres", StringComparison.Ordinal)
                => h with { MembersInOffice = h.MembersInOffice ?? FirstInteger(value) },
            _ when label.StartsWith("date de convocation", StringComparison.Ordinal) => h with { ConvocationDate = h.ConvocationDate ?? French.FindDate(value) },
            _ when label.StartsWith("affiche", StringComparison.Ordinal) || label.StartsWith("date d'affichage", StringComparison.Ordinal)
                => h with { PostedDate = h.PostedDate ?? French.FindDate(value) },
            _ => Unknown(h, out known),
        };

        static Header Unknown(Header h, out bool known)
        {
            known = false;
            return h;
        }
    }

    private static Header Merge(Header top, Header repeated, DiagnosticBag diagnostics)
    {
        Check("numéro", top.Number, repeated.Number);
        Check("date de séance", top.SessionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), repeated.SessionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Check("objet", top.Title, repeated.Title);
        return top with
        {
            Body = top.Body ?? repeated.Body,
            SessionDate = top.SessionDate ?? repeated.SessionDate,
            Number = top.Number ?? repeated.Number,
            ActName = top.Number is not null ? top.ActName : repeated.ActName,
            Commission = top.Commission ?? repeated.Commission,
            Communes = top.Communes ?? repeated.Communes,
            Title = top.Title ?? repeated.Title,
            TitleLine = top.Title is not null ? top.TitleLine : repeated.TitleLine,
            Service = top.Service ?? repeated.Service,
            Rapporteur = top.Rapporteur ?? repeated.Rapporteur,
            President = top.President ?? repeated.President,
            Secretary = top.Secretary ?? repeated.Secretary,
            MembersInOffice = top.MembersInOffice ?? repeated.MembersInOffice,
            ConvocationDate = top.ConvocationDate ?? repeated.ConvocationDate,
            PostedDate = top.PostedDate ?? repeated.PostedDate,
            Lines = HeaderLines.Merge(top, repeated),
        };

        void Check(string what, string? a, string? b)
        {
            if (a is not null && b is not null && !string.Equals(a, b, StringComparison.Ordinal))
            {
                diagnostics.Warning("header-mismatch", 0, $"L'en-tête répété ne concorde pas ({what}) : « {a} » puis « {b} ».");
            }
        }
    }

    /// <summary>The opening <c>Vu le rapport du …</c>: what the act calls its report, as printed, and the report's date and line.</summary>
    private static (string? Name, DateOnly? Date, int Line) ReadReport(SourceText source, DocumentMap map)
    {
        foreach (var i in map.Report.Indices().Take(5))
        {
            var m = map.Style.ReportOpening.Match(source.Lines[i].Plain);
            if (m.Success)
            {
                var date = French.FindDate(m.Groups["rest"].Value);
                var name = Spaces().Replace(m.Groups["report"].Value, " ").ToLowerInvariant();
                return (name, date, source.Lines[i].Number);
            }
        }

        return (null, null, 0);
    }

    private static string BodyName(string printed)
    {
        var folded = French.Fold(printed);
        return folded.StartsWith("commission permanente", StringComparison.Ordinal) ? "Commission permanente"
            : folded.StartsWith("conseil", StringComparison.Ordinal) ? "Conseil"
            : printed.Trim();
    }

    /// <summary>The act's name as a heading writes it, whatever case the register printed it in (<c>DÉCISION</c>).</summary>
    private static string Capitalised(string printed) =>
        string.Concat(printed[..1].ToUpperInvariant(), printed[1..].ToLowerInvariant());

    private static int? FirstInteger(string value)
    {
        var m = Integer().Match(value);
        return m.Success && int.TryParse(m.Value, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>A field <c>Label : value</c>: the label starts with a letter and runs to the first colon it may reach.</summary>
    [GeneratedRegex(@"^(?<label>[\p{L}][\p{L}\s'’()\-]{1,80}?)\s*:\s*(?<value>.*)$")]
    private static partial Regex Field();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Integer();
}
