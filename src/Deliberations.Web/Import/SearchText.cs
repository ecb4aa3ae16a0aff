using Deliberations.Core.Model;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;

namespace Deliberations.Web.Import;

/// <summary>
/// What the full-text index holds for a decision: its words, the people its header names, its
/// projects. Not the attendance lists: a name in the 150 names of every decision of a term matched
/// most of the register, so a name search ranked thousands of rows to say nothing; who sat where is
/// on the official's page, which the search finds by name. Made on the parsing threads: the
/// report's plain text is work the single writer thread need not do.
/// </summary>
public sealed record SearchText(string Text, string People, string Projects)
{
    public static SearchText Of(ParsedExtract extract)
    {
        var h = extract.Header;
        var people = new[] { h.Rapporteur, h.President, h.Secretary }.OfType<Person>()
            .Select(p => p.FullName)
            .Distinct(StringComparer.Ordinal);
        var text = SearchBody.Of(extract.Report.Text, extract.OperativePart.Articles.Select(x => (x.Number, x.Text)));
        return new SearchText(text, string.Join(", ", people), string.Join(", ", Funding(extract)));
    }

    public SearchEntry For(Decision decision) => new(decision.Id, decision.Number, decision.Title, Text, People, Projects);

    private static IEnumerable<string> Funding(ParsedExtract extract) =>
        extract.Projects.Select(p => p.Name)
            .Concat(extract.Beneficiaries.SelectMany(b => new[] { b.Name, b.Acronym }).OfType<string>())
            .Distinct(StringComparer.Ordinal);
}
