using Deliberations.Core.Model;
using Deliberations.Core.Parsing;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;

namespace Deliberations.Web.Import;

/// <summary>What the full-text index holds for a decision: its words, its people, its projects.</summary>
public static class SearchText
{
    public static SearchEntry For(Decision decision, ParsedExtract extract)
    {
        var a = extract.Attendance;
        var h = extract.Header;
        var people = a.Present.Concat(a.Excused.Select(x => x.Person)).Concat(a.Unexcused)
            .Concat(new[] { h.Rapporteur, h.President, h.Secretary }.OfType<Person>())
            .Select(p => p.FullName)
            .Distinct(StringComparer.Ordinal);
        var text = string.Join('\n', Markup.ToPlain(extract.Report.Text), string.Join('\n', extract.OperativePart.Articles.Select(x => $"{x.Number} {x.Text}")));
        return new SearchEntry(decision.Id, decision.Number, decision.Title, text, string.Join(", ", people), string.Join(", ", Funding(extract)));
    }

    private static IEnumerable<string> Funding(ParsedExtract extract) =>
        extract.Projects.Select(p => p.Name)
            .Concat(extract.Beneficiaries.SelectMany(b => new[] { b.Name, b.Acronym }).OfType<string>())
            .Distinct(StringComparer.Ordinal);
}
