using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Every official and spelling, held in memory for the length of an import so that reconciling a
/// document costs no query. Changes are applied only after the document's transaction commits.
/// </summary>
public sealed class OfficialRegistry
{
    private readonly Dictionary<CouncilTerm, List<KnownOfficial>> _byTerm = [];
    private readonly HashSet<(int Council, string Slug)> _slugs = [];

    public IReadOnlyDictionary<CouncilTerm, List<KnownOfficial>> ByTerm => _byTerm;

    public static async Task<OfficialRegistry> LoadAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        var registry = new OfficialRegistry();
        var officials = await db.Officials.AsNoTracking()
            .Select(o => new { o.Id, o.CouncilId, o.TermStart, o.Civility, o.Surname, o.Slug, HasFirstName = o.FirstName != null, Spellings = o.Spellings.Select(s => new { s.Spelling, s.Key }).ToList() })
            .ToListAsync(cancellationToken);
        foreach (var o in officials)
        {
            var known = new KnownOfficial(new CouncilTerm(o.CouncilId, o.TermStart), o.Civility, o.Surname) { Id = o.Id, HasFirstName = o.HasFirstName };
            known.Keys.UnionWith(o.Spellings.Select(s => s.Key));
            known.Spellings.UnionWith(o.Spellings.Select(s => s.Spelling));
            registry.Add(known);
            registry._slugs.Add((o.CouncilId, o.Slug));
        }

        return registry;
    }

    public void Add(KnownOfficial official)
    {
        if (!_byTerm.TryGetValue(official.Term, out var list))
        {
            _byTerm[official.Term] = list = [];
        }

        list.Add(official);
    }

    /// <summary>A slug no other official of the council has: <c>m-david-2015</c>, then <c>m-david-2015-2</c>.</summary>
    public string ReserveSlug(int council, string wanted)
    {
        var slug = wanted;
        for (var i = 2; !_slugs.Add((council, slug)); i++)
        {
            slug = $"{wanted}-{i}";
        }

        return slug;
    }

    public void ReleaseSlug(int council, string slug) => _slugs.Remove((council, slug));
}
