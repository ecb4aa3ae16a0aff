using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Exports;
using Deliberations.Web.Import.Rows;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// The councils of the store, by key, for the length of an import: which council a document belongs
/// to, from the name it prints, else the one given on the command line, else the site's own. A
/// council met for the first time is written then, before its document's savepoint, so that a
/// document rolled back never takes back a council another one uses.
/// </summary>
public sealed class CouncilBook
{
    private readonly RowWriter _rows;
    private readonly Dictionary<string, int> _byKey;
    private readonly Dictionary<int, string> _names;
    private readonly HashSet<string> _slugs;

    private CouncilBook(RowWriter rows, IReadOnlyList<Council> councils)
    {
        _rows = rows;
        _byKey = councils.ToDictionary(c => c.Key, c => c.Id, StringComparer.Ordinal);
        _names = councils.ToDictionary(c => c.Id, c => c.Name);
        _slugs = councils.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The name of a council this book resolved.</summary>
    public string NameOf(int council) => _names[council];

    /// <summary>Reads the councils, naming the home council as the configuration does (an existing store was made before it was named).</summary>
    public static async Task<CouncilBook> LoadAsync(DeliberationsDb db, RowWriter rows, CollectivityOptions home, CancellationToken cancellationToken)
    {
        var councils = await db.Councils.ToListAsync(cancellationToken);
        if (CouncilName.Of(home.Name) is { } name && councils.SingleOrDefault(c => c.Id == Council.HomeId) is { } stored)
        {
            var siret = home.Siret.Length > 0 ? home.Siret : null;
            if ((stored.Name, stored.Key, stored.Kind, stored.Siret) != (name.Name, name.Key, name.Kind, siret) && councils.All(c => c.Id == Council.HomeId || c.Key != name.Key))
            {
                (stored.Name, stored.Key, stored.Kind, stored.Siret) = (name.Name, name.Key, name.Kind, siret);
                rows.Update(stored);
            }
        }

        return new CouncilBook(rows, councils);
    }

    /// <summary>The council of a document that prints <paramref name="printed"/>; <paramref name="fallback"/> (the command line's) when it prints none.</summary>
    public int Resolve(string? printed, string? fallback)
    {
        if ((CouncilName.Of(printed) ?? CouncilName.Of(fallback)) is not { } name)
        {
            return Council.HomeId;
        }

        if (_byKey.TryGetValue(name.Key, out var id))
        {
            return id;
        }

        var slug = name.Slug;
        for (var i = 2; !_slugs.Add(slug); i++)
        {
            slug = $"{name.Slug}-{i}";
        }

        var council = new Council { Name = name.Name, Key = name.Key, Slug = slug, Kind = name.Kind };
        _rows.Insert(council);
        _byKey[name.Key] = council.Id;
        _names[council.Id] = council.Name;
        return council.Id;
    }
}
