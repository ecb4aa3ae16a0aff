using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Exports;
using Deliberations.Web.Tests.Features.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Support;

/// <summary>
/// The seeds plus two copies of seed 001 whose texts the files must carry safely: one titled and granting
/// money like spreadsheet formulas, one whose title holds characters XML 1.0 forbids. The texts are
/// written through EF after the import, since the parser now cleans such characters itself.
/// </summary>
public sealed class UnsafeTextSite : SiteFactory, IAsyncLifetime
{
    public const string FormulaNumber = "2019-9701";

    public const string FormulaTitle = "=HYPERLINK(\"http://x\",\"y\")";

    public const string ForbiddenNumber = "2019-9702";

    /// <summary>U+FFFF and U+FFFE are not characters; U+0001 and U+001B are controls XML 1.0 has no place for.</summary>
    public const string ForbiddenTitle = "Titre \uFFFF avec \uFFFE des \u0001 caractères \u001B interdits";

    /// <summary>What a spreadsheet would run, and a negative amount that must stay a number.</summary>
    public static readonly (string Name, decimal? Amount)[] Beneficiaries =
    [
        ("+cmd|' /C calc'!A0", -12.5m),
        ("@SUM(1+1)", 1000m),
        ("-2+3", null),
        ("\t=1+1", 3m),
    ];

    public async Task InitializeAsync()
    {
        await ExtraDocuments.ImportAsync(this,
            ("2019-9701-formules.txt", ExtraDocuments.SeedAs(FormulaNumber)),
            ("2019-9702-caracteres.txt", ExtraDocuments.SeedAs(ForbiddenNumber)));

        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();
        var formula = await db.Decisions.SingleAsync(d => d.Number == FormulaNumber);
        formula.Title = FormulaTitle;
        formula.Grants.AddRange(Beneficiaries.Select((b, line) => new Grant
        {
            Organisation = new Organisation { Name = b.Name, Key = $"formule {line}", Slug = $"formule-{line}" },
            Amount = b.Amount,
            Line = line,
        }));
        (await db.Decisions.SingleAsync(d => d.Number == ForbiddenNumber)).Title = ForbiddenTitle;
        await db.SaveChangesAsync();

        // Written behind the importer's back, which the export files' stamp cannot see (nothing else
        // writes in production): they are written again, as for a site whose files were deleted.
        Directory.Delete(Services.GetRequiredService<ExportFolder>().Path, recursive: true);
        await Services.GetRequiredService<ExportRefresher>().Refresh();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
