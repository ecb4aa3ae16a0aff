using Deliberations.Core.Model;
using Deliberations.Web.Data.Entities;

namespace Deliberations.Web.Import;

/// <summary>Copies what the parser found into a decision's columns and child rows (officials aside).</summary>
public static class DecisionMapper
{
    public static void Fill(Decision decision, ParsedExtract extract)
    {
        var h = extract.Header;
        decision.Title = h.Title ?? "(objet non lu)";
        decision.ActName = h.ActName;
        decision.ReportName = h.ReportName;
        decision.Commission = h.Commission;
        decision.Communes = h.Communes;
        decision.Service = h.Service;
        decision.RapporteurRole = h.Rapporteur?.Role;
        decision.MembersInOffice = h.MembersInOffice;
        decision.ConvocationDate = h.ConvocationDate;
        decision.PostedDate = h.PostedDate;
        decision.ReportDate = h.ReportDate;
        decision.ReceivedDate = extract.Legality.ReceivedDate;
        decision.TransmissionDate = extract.Legality.TransmissionDate;
        decision.PrefectureId = extract.Legality.PrefectureId;
        decision.OperativeVerb = extract.OperativePart.Verb;
        decision.ReportStart = extract.Report.Start;
        decision.ReportLength = extract.Report.Text.Length;
        decision.ReportText = null;
        FillLines(decision, extract);

        var a = extract.Attendance;
        decision.PresentCount = a.Present.Count;
        decision.ExcusedCount = a.Excused.Count;
        decision.UnexcusedCount = a.Unexcused.Count;
        decision.ProxyCount = a.ProxyCount;

        decision.Articles = [.. extract.OperativePart.Articles.Select((x, i) => new DecisionArticle { Position = i, Number = x.Number, Text = x.Text, Line = x.Line })];
        decision.BudgetTables = [.. extract.BudgetTables.Select((t, i) => new DecisionBudgetTable
        {
            Position = i,
            Caption = t.Caption,
            Columns = [.. t.Columns],
            Line = t.Line,
            Lines = [.. t.Rows.Select((r, j) => new BudgetLine { Position = j, Label = r.Label, Values = [.. r.Values], IsTotal = r.IsTotal, Line = r.Line })],
        })];
        decision.Imputations = [.. extract.Imputations.Select(x => new DecisionImputation
        {
            Amount = x.Amount,
            Direction = x.Direction,
            Section = x.Section,
            Budget = x.Budget,
            Year = x.Years.Count > 0 ? x.Years[0] : null,
            Years = [.. x.Years],
            Chapter = x.Chapter,
            Operation = x.Operation,
            ArticleNumber = x.ArticleNumber,
            Line = x.Line,
        })];
        decision.Amendments = [.. extract.Amendments.Select(x => new DecisionAmendment
        {
            Target = x.Target,
            CorrectedText = x.CorrectedText,
            ReplacedText = x.ReplacedText,
            Changes = [.. x.Changes],
            Line = x.Line,
        })];
    }

    private static void FillLines(Decision decision, ParsedExtract extract)
    {
        var h = extract.Header;
        decision.SittingLine = h.Lines.Sitting;
        decision.NumberLine = h.Lines.Number;
        decision.TitleLine = h.TitleLine;
        decision.CommissionLine = h.Lines.Commission;
        decision.CommunesLine = h.Lines.Communes;
        decision.ServiceLine = h.Lines.Service;
        decision.RapporteurLine = h.Rapporteur?.Line ?? 0;
        decision.PresidentLine = h.President?.Line ?? 0;
        decision.SecretaryLine = h.Secretary?.Line ?? 0;
        decision.MembersInOfficeLine = h.Lines.MembersInOffice;
        decision.ConvocationLine = h.Lines.Convocation;
        decision.PostedLine = h.Lines.Posted;
        decision.ReportLine = h.Lines.Report;
        decision.LegalityLine = extract.Legality.Line;
    }

    public static ParseStatus StatusOf(ParsedExtract extract) =>
        !extract.IsIdentified ? ParseStatus.Unidentified
        : extract.Diagnostics.Any(d => d.Severity >= Severity.Warning) ? ParseStatus.ParsedWithWarnings
        : ParseStatus.Parsed;
}
