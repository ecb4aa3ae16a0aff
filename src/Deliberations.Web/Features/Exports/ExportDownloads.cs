using Deliberations.Web.Data;
using Deliberations.Web.Features.Councils;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// Answers a download with the file of the current state of the request's council (the site's own,
/// or another under its prefix): one lookup for the stamp, no row read, and <c>Range</c>,
/// conditional requests and HEAD as for any static file. Each request built the CSV from the
/// database before: 23 s and 236 MB for <c>presences.csv</c> at 20,000 extracts, and 30 downloads
/// at once took the server to 1.2 GiB.
/// </summary>
public sealed class ExportDownloads(ExportFolder folder, ExportWriter writer, ExportRefresher refresher, ExportSettings settings, IServiceScopeFactory scopes)
{
    /// <summary>Long enough for the files of a small store to be written while the download waits.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>Seconds: about what writing the exports takes at 20,000 extracts.</summary>
    private const string RetryAfter = "30";

    public async Task<IResult> AnswerAsync(CsvExport export, HttpContext context, DeliberationsDb db)
    {
        var cancellationToken = context.RequestAborted;
        var council = CouncilExports.Of(CouncilScope.For(context), folder, settings);
        var stamp = await CurrentStampAsync(council, cancellationToken);
        if (council.Folder.Open(export, stamp) is { } current)
        {
            return current.Answer(context, export.FileName);
        }

        var refresh = refresher.Refresh();
        if (writer.Failure is null && council.Folder.OpenNewest(export, stamp.Settings) is { } earlier)
        {
            // An import is under way (it writes the files at its end) or stopped midway, or this
            // version of the site was just deployed: the file written last, with its own stamp as
            // ETag, until the refresh writes the current one.
            return earlier.Answer(context, export.FileName);
        }

        if (writer.Failure is null)
        {
            try
            {
                await refresh.WaitAsync(Wait, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Still writing: the answer below says when to come back.
            }

            if (council.Folder.Open(export, stamp) is { } written)
            {
                return written.Answer(context, export.FileName);
            }
        }

        if (writer.Failure is not null)
        {
            // The folder cannot be written (read-only, disk full): built from the store, as before the files.
            return export.Stream(db, council.Settings, cancellationToken);
        }

        // No file yet for these settings and the refresh is still writing, or an import holds the
        // store and will write them at its end. Not streamed: thirty requests streaming the register
        // at once are what took the server to 1.2 GiB; a 503 costs nothing and the client comes back.
        context.Response.Headers.RetryAfter = RetryAfter;
        return Results.Text(
            $"L'export {export.FileName} est en cours de préparation : réessayez dans une minute.",
            "text/plain; charset=utf-8",
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>
    /// On a context of its own, outside the request's read snapshot (<c>Hosting/ReadSnapshotMiddleware</c>):
    /// a read there would hold the snapshot, and with it the WAL, for the whole download.
    /// </summary>
    private async Task<ExportStamp> CurrentStampAsync(CouncilExports council, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();
        return await council.StampAsync(db, cancellationToken);
    }
}
