using Deliberations.Web.Import;
using Deliberations.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Features.Decisions;

/// <summary>Texts the seeds lack (hostile markup, a second version, many decisions), imported into a running site's database.</summary>
public static class ExtraDocuments
{
    /// <summary>Seed 001 (decision 2019-3364) under another number, so it is a new decision with the same layout.</summary>
    public static string SeedAs(string number, Func<string, string>? edit = null)
    {
        var text = File.ReadAllText(Repo.Seed("001")).Replace("2019-3364", number, StringComparison.Ordinal);
        return edit is null ? text : edit(text);
    }

    /// <summary>Writes each text under its file name and imports them all through the site's own importer.</summary>
    public static async Task<ImportSummary> ImportAsync(SiteFactory site, params (string FileName, string Text)[] documents)
    {
        var dir = Directory.CreateTempSubdirectory("deliberations-extra-");
        try
        {
            var paths = new List<string>();
            foreach (var (fileName, text) in documents)
            {
                var path = Path.Combine(dir.FullName, fileName);
                await File.WriteAllTextAsync(path, text);
                paths.Add(path);
            }

            await using var scope = site.Services.CreateAsyncScope();
            var summary = await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(paths, null, CancellationToken.None);
            Assert.Equal(0, summary.Failed);
            return summary;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
