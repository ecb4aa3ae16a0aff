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
    private Directory? _directory;

    public async Task<Directory> GetAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        // The version is read before the names, so a directory is never filed under a newer state than it holds.
        var current = version.Current;
        if (Volatile.Read(ref _directory) is { } known && known.Version == current)
        {
            return known;
        }

        var directory = await LoadAsync(db, current, cancellationToken);
        Volatile.Write(ref _directory, directory);
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
                    new OfficialHit(o.Name, o.TermStart)))],
            [.. projects.Select(p => new Named<NamedHit>([NameMatcher.Split(p.Name)], new NamedHit(p.Name, Routes.Project(p.Slug))))],
            [.. organisations.Select(o => new Named<NamedHit>(
                [NameMatcher.Split($"{o.Name} {o.Acronym}")],
                new NamedHit(o.Acronym is null ? o.Name : $"{o.Name} ({o.Acronym})", Routes.Organisation(o.Slug))))]);
    }

    /// <summary>A result and the ways its name can be written, each already split into folded words.</summary>
    public sealed record Named<T>(IReadOnlyList<NameMatcher.Word[]> Spellings, T Hit);

    public sealed record Directory(string Version, IReadOnlyList<Named<OfficialHit>> Officials, IReadOnlyList<Named<NamedHit>> Projects, IReadOnlyList<Named<NamedHit>> Organisations)
    {
        public static IReadOnlyList<T> Matching<T>(IReadOnlyList<Named<T>> names, IReadOnlyList<NameMatcher.Word> queryWords)
        {
            // Loops: every search runs this over several hundred names.
            var hits = new List<T>();
            foreach (var name in names)
            {
                foreach (var words in name.Spellings)
                {
                    if (NameMatcher.Matches(queryWords, words))
                    {
                        hits.Add(name.Hit);
                        break;
                    }
                }
            }

            return hits;
        }
    }
}
