using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Councils;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// One council's exports: where its files are written (the site's own council's at the top of the
/// export folder, where they always were; another's in <c>conseils/{slug}</c>) and what they name
/// (its <c>COLL_NOM</c> and <c>COLL_SIRET</c>, links under its address). Each council gets its own
/// files, as the SCDL schemas describe one collectivity per file.
/// </summary>
public sealed record CouncilExports(int CouncilId, ExportFolder Folder, ExportSettings Settings)
{
    public static CouncilExports Of(CouncilScope council, ExportFolder root, ExportSettings site) =>
        new(council.Id, council.IsHome ? root : root.Within(council.Slug), site.For(council));

    /// <summary>The stamp of this council's data as <paramref name="db"/> sees it, which then reads this council's rows (an export's).</summary>
    public Task<ExportStamp> StampAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        db.Council = CouncilId;
        return ExportStamp.ReadAsync(db, Settings, cancellationToken);
    }

    /// <summary>The site's own council's, then every other council's the store holds.</summary>
    public static async Task<IReadOnlyList<CouncilExports>> AllAsync(DeliberationsDb db, ExportFolder root, ExportSettings site, CancellationToken cancellationToken)
    {
        var others = await db.Councils.AsNoTracking()
            .Where(c => c.Id != Council.HomeId)
            .OrderBy(c => c.Id)
            .Select(c => new CouncilScope(c.Id, c.Name, c.Kind, c.Slug, c.Siret))
            .ToListAsync(cancellationToken);
        return [new(Council.HomeId, root, site), .. others.Select(c => Of(c, root, site))];
    }
}
