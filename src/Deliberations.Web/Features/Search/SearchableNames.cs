using System.Collections.Concurrent;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Hosting.Caching;
using Deliberations.Web.Text;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Search;

/// <summary>
/// The names a search is matched against (officials with every spelling met, projects,
/// organisations), read and split into folded words once per state of the database rather than
/// on every search: a few hundred names, but reading and folding them was most of a search's cost
/// outside FTS5.
/// </summary>
public sealed class SearchableNames(DataVersion version)
{
    /// <summary>One directory per council searched (the context's; 0 for every council): officials are never matched across councils.</summary>
    private readonly ConcurrentDictionary<int, Directory> _directories = new();

    public async Task<Directory> GetAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        // The version is read before the names, so a directory is never filed under a newer state than it holds.
        var current = version.Current;
        var council = db.Council ?? 0;
        if (_directories.TryGetValue(council, out var known) && known.Version == current)
        {
            return known;
        }

        var directory = await LoadAsync(db, current, cancellationToken);
        _directories[council] = directory;
        return directory;
    }

    private static async Task<Directory> LoadAsync(DeliberationsDb db, string version, CancellationToken cancellationToken)
    {
        var officials = await db.Officials.AsNoTracking()
            .Select(o => new { Name = new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname), o.TermStart, Spellings = o.Spellings.Select(s => s.Spelling).ToList() })
            .ToListAsync(cancellationToken);
        var projects = await db.Projects.AsNoTracking().Select(p => new { p.Name, p.Slug }).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Name, o.Acronym, o.Slug }).ToListAsync(cancellationToken);
        return new Directory(
            version,
            [.. officials
                .OrderBy(o => o.Name.Surname, StringComparer.Create(FrenchFormat.Culture, true)).ThenByDescending(o => o.TermStart)
                .Select(o => new Named<OfficialHit>(
                    [.. o.Spellings.Append(o.Name.Surname).Select(s => NameMatcher.Split($"{o.Name.FirstName} {s}"))],
                    new OfficialHit(o.Name, o.TermStart),
                    FirstNameUnprinted: o.Name.FirstName is null))],
            [.. projects.Select(p => new Named<ProjectHit>([NameMatcher.Split(p.Name)], new ProjectHit(p.Slug, p.Name)))],
            [.. organisations.Select(o => new Named<OrganisationHit>([NameMatcher.Split($"{o.Name} {o.Acronym}")], new OrganisationHit(o.Slug, o.Name, o.Acronym)))]);
    }

    /// <summary>A result, the ways its name can be written, each already split into folded words, and whether a first name typed may be missing from them.</summary>
    public sealed record Named<T>(IReadOnlyList<NameMatcher.Word[]> Spellings, T Hit, bool FirstNameUnprinted = false);

    /// <summary>A result and how its name answered the query (<see cref="NameMatcher.Match"/>).</summary>
    public sealed record Matched<T>(T Hit, string?[] Words);

    public sealed record Directory(string Version, IReadOnlyList<Named<OfficialHit>> Officials, IReadOnlyList<Named<ProjectHit>> Projects, IReadOnlyList<Named<OrganisationHit>> Organisations)
    {
        public static IReadOnlyList<Matched<T>> Matching<T>(IReadOnlyList<Named<T>> names, IReadOnlyList<NameMatcher.Word> queryWords)
        {
            // Loops: every search runs this over several hundred names.
            var hits = new List<Matched<T>>();
            foreach (var name in names)
            {
                foreach (var words in name.Spellings)
                {
                    if (NameMatcher.Match(queryWords, words, name.FirstNameUnprinted) is { } matched)
                    {
                        hits.Add(new Matched<T>(name.Hit, matched));
                        break;
                    }
                }
            }

            return hits;
        }
    }
}
