using System.Net;
using System.Net.Http.Headers;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Exports;
using Deliberations.Web.Tests.Features.Decisions;
using Deliberations.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Features.Exports;

/// <summary>
/// The exports served from the files written at the end of each import: the same bytes as the
/// store streams, no rows read per download, Range and conditional requests, and what a download
/// gets while the files are being written.
/// </summary>
public class ExportFilesTests(CountingSiteFactory site) : IClassFixture<CountingSiteFactory>
{
    public static readonly TheoryData<string> Exports = ["deliberations.csv", "subventions.csv", "presences.csv", "budget.csv"];

    private ExportFolder Folder => site.Services.GetRequiredService<ExportFolder>();

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task Each_file_is_byte_for_byte_what_the_store_streams(string fileName)
    {
        var response = await site.CreateClient().GetAsync(new Uri("/export/" + fileName, UriKind.Relative));
        var served = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
        Assert.Equal(served.Length, response.Content.Headers.ContentLength);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(await StreamedAsync(CsvExports.All.Single(e => e.FileName == fileName)), served);
    }

    [Fact]
    public async Task A_second_download_reads_no_row_and_writes_nothing()
    {
        var client = site.CreateClient();
        var first = await client.GetAsync(new Uri("/export/presences.csv", UriKind.Relative));
        var files = FolderListing();

        site.Commands.Reset();
        var second = await client.GetAsync(new Uri("/export/presences.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, site.Commands.Count); // the stamp's lookup, not the rows
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(files, FolderListing());
    }

    [Fact]
    public async Task A_range_gets_206_with_the_bytes_asked()
    {
        var client = site.CreateClient();
        var whole = await client.GetByteArrayAsync(new Uri("/export/presences.csv", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/export/presences.csv", UriKind.Relative));
        request.Headers.Range = new RangeHeaderValue(0, 99);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(100, response.Content.Headers.ContentLength);
        Assert.Equal($"bytes 0-99/{whole.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(whole[..100], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_etag_or_the_date_sent_back_gets_304_without_a_body()
    {
        var client = site.CreateClient();
        var first = await client.GetAsync(new Uri("/export/budget.csv", UriKind.Relative));

        using var byTag = new HttpRequestMessage(HttpMethod.Get, new Uri("/export/budget.csv", UriKind.Relative));
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var tagged = await client.SendAsync(byTag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, new Uri("/export/budget.csv", UriKind.Relative));
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        var dated = await client.SendAsync(byDate);

        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, tagged.StatusCode);
        Assert.Empty(await tagged.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, dated.StatusCode);
    }

    [Fact]
    public async Task Head_announces_the_length_and_the_etag_of_the_file()
    {
        var client = site.CreateClient();
        var get = await client.GetAsync(new Uri("/export/deliberations.csv", UriKind.Relative));

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/export/deliberations.csv", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Fact]
    public async Task An_import_that_changes_the_data_changes_the_etag_and_the_content_and_deletes_the_earlier_file()
    {
        var client = site.CreateClient();
        var before = await client.GetAsync(new Uri("/export/deliberations.csv", UriKind.Relative));

        var summary = await ExtraDocuments.ImportAsync(site, ("2019-9801-nouvelle.txt", ExtraDocuments.SeedAs("2019-9801")));
        var after = await client.GetAsync(new Uri("/export/deliberations.csv", UriKind.Relative));

        Assert.Null(summary.ExportWarning);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.DoesNotContain("2019-9801", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("2019-9801", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(await StreamedAsync(CsvExports.Decisions), await after.Content.ReadAsByteArrayAsync());
        Assert.Equal(CsvExports.All.Count, FolderListing().Count);
    }

    [Fact]
    public async Task Files_deleted_are_written_again_once_while_downloads_wait_and_none_is_streamed()
    {
        var client = site.CreateClient();
        Directory.Delete(Folder.Path, recursive: true);

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => client.GetAsync(new Uri("/export/presences.csv", UriKind.Relative))));

        // A streamed answer would have no ETag: every one waited for the one writing of the files.
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(answers.Select(a => a.Headers.ETag).Distinct());
        Assert.Equal(CsvExports.All.Count, FolderListing().Count);
    }

    [Fact]
    public async Task While_an_import_holds_the_store_downloads_get_the_last_files_written_or_are_told_to_come_back()
    {
        var client = site.CreateClient();
        var current = await client.GetAsync(new Uri("/export/budget.csv", UriKind.Relative));
        using (site.Services.GetRequiredService<IDatabaseEngine>().TryLockForImport())
        {
            // The files as an import that has committed new documents finds them: of an earlier state.
            foreach (var file in Directory.GetFiles(Folder.Path))
            {
                var parts = Path.GetFileName(file).Split('.');
                File.Move(file, Path.Combine(Folder.Path, $"{parts[0]}.{parts[1]}.0000000000000000.csv"));
            }

            var earlier = await client.GetAsync(new Uri("/export/budget.csv", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
            Assert.NotEqual(current.Headers.ETag, earlier.Headers.ETag);
            Assert.EndsWith(".0000000000000000\"", earlier.Headers.ETag?.Tag, StringComparison.Ordinal);

            Directory.Delete(Folder.Path, recursive: true);
            var none = await client.GetAsync(new Uri("/export/budget.csv", UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, none.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), none.Headers.RetryAfter?.Delta);
            Assert.Contains("en cours de préparation", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var after = await client.GetAsync(new Uri("/export/budget.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(current.Headers.ETag, after.Headers.ETag);
    }

    /// <summary>What the export's rows give streamed from the store, as every download was before the files.</summary>
    private async Task<byte[]> StreamedAsync(CsvExport export)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();
        using var body = new MemoryStream();
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = body;

        await export.Stream(db, site.Services.GetRequiredService<ExportSettings>(), CancellationToken.None).ExecuteAsync(context);

        return body.ToArray();
    }

    private List<(string Name, DateTime Written)> FolderListing() =>
        [.. new DirectoryInfo(Folder.Path).GetFiles().Select(f => (f.Name, f.LastWriteTimeUtc)).Order()];
}
