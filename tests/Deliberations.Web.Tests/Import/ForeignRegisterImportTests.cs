using Deliberations.Web.Tests.Support;
using Deliberations.Web.Tests.Support.Registers;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Import;

/// <summary>
/// Three hundred extracts from a generator unlike the project's own, quirks mixed at random (fixed
/// seeds, so a failure can be replayed): every document is stored, each decision with one attendance
/// row per name its lists print, the store keeps its invariants (officials' figures among them),
/// and the import reports no failure.
/// </summary>
public sealed class ForeignRegisterImportTests
{
    [Theory]
    [InlineData(20261202)]
    [InlineData(17)]
    public async Task Every_document_is_stored_with_every_name_it_prints(int seed)
    {
        await using var store = await TestStore.CreateAsync();
        var folder = Path.Combine(Path.GetDirectoryName(store.Path)!, "register");
        Directory.CreateDirectory(folder);
        var documents = new ForeignRegister(seed).Generate(150).ToList();
        foreach (var document in documents)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, document.Number + ".txt"), document.Bytes);
        }

        var summary = await store.ImportAsync(folder);

        Assert.True(summary.Failed == 0, string.Join("\n", summary.Results.Where(r => r.Message is not null).Select(r => $"{r.File}: {r.Message}")));
        Assert.Equal(documents.Count, summary.New);
        var rows = await store.QueryAsync(db => db.Decisions.Select(d => new { d.Number, Rows = d.Attendance.Count }).ToDictionaryAsync(d => d.Number, d => d.Rows));
        var lost = documents.Where(d => rows.GetValueOrDefault(d.Number, -1) != d.NamesPrinted)
            .Select(d => $"{d.Number} [{string.Join(", ", d.Quirks)}]: {d.NamesPrinted} names printed, {rows.GetValueOrDefault(d.Number, -1)} rows stored")
            .ToList();
        Assert.True(lost.Count == 0, string.Join("\n", lost));
        await StoreInvariants.AssertHeldAsync(store);
    }
}
