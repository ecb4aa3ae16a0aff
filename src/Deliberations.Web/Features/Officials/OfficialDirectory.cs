using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Import;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Officials;

/// <summary>One line of <c>/elus</c>: who, and how they attended.</summary>
public sealed record OfficialRow(OfficialName Name, int Listed, int Present, int ProxiesGiven);

/// <summary>The officials of one term whose surname starts with <see cref="Letter"/>.</summary>
public sealed record LetterGroup(char Letter, IReadOnlyList<OfficialRow> Officials);

/// <summary>One term of <c>/elus</c>, A to Z.</summary>
public sealed record TermSection(DateOnly Start, string Heading, IReadOnlyList<LetterGroup> Letters)
{
    public int Count => Letters.Sum(l => l.Officials.Count);

    /// <summary>The anchor of the section; its letters are <c>mandat-2020-b</c>.</summary>
    public string Id => "mandat-" + Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The query of <c>/elus</c>: officials by term, newest term first, with their attendance.</summary>
public static class OfficialDirectory
{
    public static async Task<IReadOnlyList<TermSection>> LoadAsync(
        DeliberationsDb db, TermCalendar terms, DateOnly? term, NameFilter? filter, CancellationToken cancellationToken)
    {
        var listed = db.Officials.Where(o => term == null || o.TermStart == term);
        var officials = await listed
            .Select(o => new
            {
                o.Id,
                o.TermStart,
                o.Slug,
                o.Civility,
                o.FirstName,
                o.Surname,
                o.SurnameKey,
                Listed = o.PresentCount + o.ExcusedCount + o.UnexcusedCount,
                o.PresentCount,
                o.ProxiesGivenCount,
            })
            .ToListAsync(cancellationToken);

        if (filter is not null)
        {
            // Every spelling counts, so that "Rantonnnet", as one extract prints it, still finds M. Rantonnet.
            // Read through the officials listed, so only this council's and this term's.
            var spellings = (await listed.SelectMany(o => o.Spellings).Select(s => new { s.OfficialId, s.Spelling }).ToListAsync(cancellationToken))
                .ToLookup(s => s.OfficialId, s => s.Spelling);
            officials = officials
                .Where(o => filter.Matches(o.Civility, spellings[o.Id].Append(o.Surname).Append(o.FirstName)))
                .ToList();
        }

        return officials
            .GroupBy(o => o.TermStart)
            .OrderByDescending(g => g.Key)
            .Select(termGroup => new TermSection(
                termGroup.Key,
                TermLabel.Heading(terms, termGroup.Key),
                termGroup
                    .OrderBy(o => o.SurnameKey, StringComparer.Ordinal)
                    .ThenBy(o => o.Civility, StringComparer.Ordinal)
                    .ThenBy(o => o.FirstName, StringComparer.Ordinal)
                    .GroupBy(o => Initial(o.SurnameKey))
                    .Select(letter => new LetterGroup(letter.Key, letter.Select(o => new OfficialRow(
                        new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname), o.Listed, o.PresentCount, o.ProxiesGivenCount)).ToList()))
                    .ToList()))
            .ToList();
    }

    /// <summary>Keys are accent-free, so <c>Émeline</c> sits under E; a name starting with a digit goes under #.</summary>
    private static char Initial(string surnameKey) =>
        surnameKey.Length > 0 && char.IsAsciiLetter(surnameKey[0]) ? char.ToUpperInvariant(surnameKey[0]) : '#';
}
