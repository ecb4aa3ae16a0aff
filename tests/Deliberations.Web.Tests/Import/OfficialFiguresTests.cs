using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Import;

/// <summary>The figures the import stores on each official equal what the attendance lines say, after a first import and after a new version.</summary>
public sealed class OfficialFiguresTests
{
    [Fact]
    public async Task Stored_figures_equal_the_counts_of_the_lines_after_an_import_and_a_new_version()
    {
        await using var store = await TestStore.CreateAsync();
        await store.ImportAsync(Repo.SeedsDir);
        Assert.Empty(await MismatchesAsync(store));

        // The new version drops M. Vial from the excused (his proxy to M. Vaganay goes with him) and changes the rapporteur.
        var seed = File.ReadAllText(Repo.Seed("003"));
        var changed = seed.Replace(", Vial (pouvoir à M. Vaganay)", "", StringComparison.Ordinal)
            .Replace("Madame la Conseillère déléguée Peillon", "Monsieur le Vice-Président Kabalo", StringComparison.Ordinal);
        Assert.NotEqual(seed, changed);
        var file = Path.Combine(Path.GetDirectoryName(store.Path)!, "2019-3853-v2.txt");
        await File.WriteAllTextAsync(file, changed);

        Assert.Equal(1, (await store.ImportAsync(file)).Updated);
        Assert.Empty(await MismatchesAsync(store));
    }

    private static Task<List<string>> MismatchesAsync(TestStore store) => store.QueryAsync(async db =>
    {
        var stored = await db.Officials.Select(o => new { o.Id, o.Slug, Figures = new[] { o.PresentCount, o.ExcusedCount, o.UnexcusedCount, o.ProxiesGivenCount, o.ProxiesHeldCount, o.ReportCount } }).ToListAsync();
        var counted = await Counted(db);
        return stored.Where(o => !o.Figures.SequenceEqual(counted.GetValueOrDefault(o.Id, new int[6])))
            .Select(o => $"{o.Slug}: stored {string.Join('/', o.Figures)}, counted {string.Join('/', counted.GetValueOrDefault(o.Id, new int[6]))}")
            .ToList();
    });

    private static async Task<Dictionary<int, int[]>> Counted(DeliberationsDb db)
    {
        var lines = await db.Attendance.Select(a => new { a.OfficialId, a.Status, a.ProxyHolderId }).ToListAsync();
        var rapporteurs = await db.Decisions.Where(d => d.RapporteurId != null).Select(d => d.RapporteurId!.Value).ToListAsync();
        var ids = lines.Select(l => l.OfficialId).Concat(lines.Select(l => l.ProxyHolderId).OfType<int>()).Concat(rapporteurs).Distinct();
        return ids.ToDictionary(id => id, id => new[]
        {
            lines.Count(l => l.OfficialId == id && l.Status == AttendanceStatus.Present),
            lines.Count(l => l.OfficialId == id && l.Status == AttendanceStatus.Excused),
            lines.Count(l => l.OfficialId == id && l.Status == AttendanceStatus.Unexcused),
            lines.Count(l => l.OfficialId == id && l.ProxyHolderId != null),
            lines.Count(l => l.ProxyHolderId == id),
            rapporteurs.Count(r => r == id),
        });
    }
}
