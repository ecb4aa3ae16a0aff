using System.Net;
using Deliberations.Web.Import;
using Deliberations.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Deliberations.Web.Tests.Features.Exports;

/// <summary>
/// A folder of export files that cannot be written never stops an import or the site: the import
/// succeeds with a warning in French, and downloads are streamed from the store as before.
/// </summary>
public sealed class ExportFileFaultTests
{
    [Fact]
    public async Task A_folder_that_cannot_be_made_leaves_the_import_a_success_with_a_warning()
    {
        await using var store = await TestStore.CreateAsync(exports: BlockedFolder(out var file));
        try
        {
            var summary = await store.ImportAsync(Repo.SeedsDir);

            AssertSucceededWithWarning(summary);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [MountingLinuxFact]
    public async Task A_read_only_disk_leaves_the_import_a_success_with_a_warning()
    {
        using var disk = ScratchDisk.Mount(1L << 20);
        disk.MakeReadOnly();
        await using var store = await TestStore.CreateAsync(exports: Path.Combine(disk.Path, "exports"));

        var summary = await store.ImportAsync(Repo.SeedsDir);

        AssertSucceededWithWarning(summary);
        Assert.Contains("Read-only", summary.ExportWarning, StringComparison.OrdinalIgnoreCase);
    }

    [MountingLinuxFact]
    public async Task A_full_disk_leaves_the_import_a_success_a_warning_and_no_partial_file()
    {
        // presences.csv of the seeds is some 55 KB: the disk fills while it is written.
        using var disk = ScratchDisk.Mount(32L << 10);
        var folder = Path.Combine(disk.Path, "exports");
        await using var store = await TestStore.CreateAsync(exports: folder);

        var summary = await store.ImportAsync(Repo.SeedsDir);

        AssertSucceededWithWarning(summary);
        Assert.DoesNotContain(Directory.GetFiles(folder), f => f.Contains("presences", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Downloads_are_streamed_from_the_store_when_no_file_can_be_written()
    {
        var blocked = BlockedFolder(out var file);
        using var parent = new SiteFactory();
        using var site = parent.WithWebHostBuilder(builder => builder.UseSetting("Deliberations:Exports", blocked));
        try
        {
            var client = site.CreateClient();
            var csv = await CsvFile.GetAsync(client, "/export/presences.csv");

            Assert.Equal(HttpStatusCode.OK, csv.Response.StatusCode);
            Assert.Null(csv.Response.Headers.ETag);
            Assert.Equal("presences.csv", csv.Response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Contains(csv.Rows, r => r["decisionNumber"] == "2021-0801");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void AssertSucceededWithWarning(ImportSummary summary)
    {
        Assert.Equal(5, summary.New);
        Assert.Equal(0, summary.Failed);
        Assert.NotNull(summary.ExportWarning);
        Assert.StartsWith("Les exports CSV n'ont pas pu être écrits", summary.ExportWarning, StringComparison.Ordinal);
        Assert.Contains("le site les lit dans la base", summary.ExportWarning, StringComparison.Ordinal);
    }

    /// <summary>A folder path that runs through a file: it can never be made, whoever runs the tests (root writes anywhere else).</summary>
    private static string BlockedFolder(out string file)
    {
        file = Path.GetTempFileName();
        return Path.Combine(file, "exports");
    }
}
