using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Search;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Import;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Councils;

/// <summary>One official found in some council: each council's officials stay its own, so a name in two councils is two lines.</summary>
/// <param name="CouncilPath">Where the council's pages start: empty for the site's own, <c>/conseils/{slug}</c> for another.</param>
/// <param name="Term">The term as the pages name it (<c>mandat 2014 – 2020</c>), which starts on <paramref name="TermStart"/>.</param>
public sealed record FoundOfficial(OfficialName Name, string Council, string CouncilPath, DateOnly TermStart, string Term)
{
    /// <summary>The official's page, under their council's prefix.</summary>
    public string Url => CouncilPath + Routes.Official(Name.Slug);
}

/// <summary>The officials a name typed finds, the first <see cref="OfficialFinder.Shown"/> of <see cref="Count"/>.</summary>
public sealed record FoundOfficials(IReadOnlyList<FoundOfficial> Officials, int Count)
{
    public static readonly FoundOfficials None = new([], 0);
}

/// <summary>
/// Finds an official in every council by the name typed, as the site's search finds one in its
/// council (<see cref="NameMatcher"/>: slips forgiven, accents and civilities aside), for the visitor
/// who knows the name and not the council. The surname must be among the words typed: a first name
/// alone would list every Marie of every council. The engine narrows the officials read to those
/// with a surname near a word typed (<see cref="IDatabaseEngine.NearNames"/>).
/// </summary>
public sealed class OfficialFinder(DeliberationsDb db, IDatabaseEngine engine, TermCalendars terms)
{
    public const int Shown = 50;

    public async Task<FoundOfficials> FindAsync(string query, CancellationToken cancellationToken)
    {
        var words = NameMatcher.Words(query);
        if (words.Count == 0)
        {
            return FoundOfficials.None;
        }

        var candidates = await engine.NearNames(db, db.Officials.IgnoreQueryFilters(), [.. words.Select(w => w.Text)])
            .AsNoTracking()
            .Select(o => new { Name = new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname), o.SurnameKey, o.TermStart, o.CouncilId, Spellings = o.Spellings.Select(s => s.Spelling).ToList() })
            .ToListAsync(cancellationToken);
        var found = candidates
            .Where(o => o.Spellings.Append(o.Name.Surname).Any(spelling => NamesBySurname(words, o.Name.FirstName, spelling)))
            .OrderBy(o => o.SurnameKey, StringComparer.Ordinal)
            .ThenBy(o => o.CouncilId)
            .ThenByDescending(o => o.TermStart)
            .ThenBy(o => o.Name.FirstName, StringComparer.Ordinal)
            .ToList();

        var shown = found.Take(Shown).ToList();
        var councilIds = shown.Select(o => o.CouncilId).Distinct().ToList();
        var councils = await db.Councils.AsNoTracking()
            .Where(c => councilIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.Name, c.Slug }, cancellationToken);
        return new FoundOfficials(
            [.. shown.Select(o => new FoundOfficial(
                o.Name,
                councils[o.CouncilId].Name,
                o.CouncilId == Council.HomeId ? "" : CouncilPaths.Home(councils[o.CouncilId].Slug),
                o.TermStart,
                TermLabel.Inline(terms.For(o.CouncilId), o.TermStart)))],
            found.Count);
    }

    /// <summary>Whether every word typed fits the name written with that spelling, one of them its surname.</summary>
    private static bool NamesBySurname(IReadOnlyList<NameMatcher.Word> words, string? firstName, string spelling)
    {
        var surname = NameMatcher.Split(spelling);
        var matched = NameMatcher.Match(words, [.. NameMatcher.Split(firstName ?? ""), .. surname], firstNameUnprinted: firstName is null);
        return matched is not null && matched.Any(word => Array.Exists(surname, s => s.Text == word));
    }
}
