using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Support;

/// <summary>
/// The seeds plus a long term no seed gives: M. Assidu listed in 20,000 decisions over 125 sittings of
/// the Commission permanente, with proxies, absences and reports, all presided by M. Bernard; and one
/// sitting whose decisions print different lists, to check the union. Built once, directly through EF.
/// </summary>
public sealed class BusyTermFixture : IAsyncLifetime
{
    public const int Decisions = 20_000;
    public const int Sittings = 125;
    public const string Slug = "m-assidu-2020";
    public const string Body = "Commission permanente";

    /// <summary>The first synthetic sitting, where Kabalo, Collin and Prost also appear, each decision listing them differently.</summary>
    public static readonly DateOnly FirstSitting = new(2022, 1, 3);

    public static readonly DateOnly Term = new(2020, 7, 2);

    public CountingSiteFactory Site { get; } = new();

    public static int DecisionsPerSitting => Decisions / Sittings;

    public async Task InitializeAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeliberationsDb>();
        var ids = await db.Officials
            .Where(o => o.TermStart == Term)
            .ToDictionaryAsync(o => o.Slug, o => o.Id);

        var document = SyntheticDocument.New('f');
        var assidu = new Official { TermStart = Term, Civility = "M.", Surname = "Assidu", SurnameKey = "assidu", Slug = Slug };
        db.AddRange(document, assidu);
        await db.SaveChangesAsync();
        db.Spellings.Add(new OfficialSpelling { OfficialId = assidu.Id, Spelling = "Assidu", Key = "assidu", Reason = "Première mention.", FirstDocumentId = document.Id });

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var number = 0;
        for (var s = 0; s < Sittings; s++)
        {
            var sitting = new Sitting { Body = Body, Date = FirstSitting.AddDays(7 * s), TermStart = Term };
            db.Sittings.Add(sitting);
            for (var d = 0; d < DecisionsPerSitting; d++)
            {
                number++;
                var decision = new Decision
                {
                    Number = $"CP-TEST-{number:D5}",
                    Title = $"Délibération synthétique n° {number}",
                    Sitting = sitting,
                    SittingDate = sitting.Date,
                    CurrentDocumentId = document.Id,
                    PresidentId = ids["m-bernard-2020"],
                    RapporteurId = number % 100 == 0 ? assidu.Id : null,
                };
                decision.Attendance.Add(AssiduLine(assidu.Id, number, ids["mme-prost-2020"]));
                if (s == 0 && d < 4)
                {
                    decision.Attendance.AddRange(UnionLines(d, ids));
                }

                db.Decisions.Add(decision);
            }
        }

        await db.SaveChangesAsync();

        // What an import does at its end: the figures pages read are counted once.
        await OfficialTallies.RefreshAsync(db, await db.Officials.Select(o => o.Id).ToListAsync(), CancellationToken.None);
        await SittingTallies.RefreshAsync(db, await db.Sittings.Select(s => s.Id).ToListAsync(), CancellationToken.None);
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();

    /// <summary>Excused with a proxy one decision in ten, absent without excuse one in fifty, present otherwise.</summary>
    private static AttendanceEntry AssiduLine(int officialId, int number, int proxyHolderId) => new()
    {
        OfficialId = officialId,
        PrintedName = "Assidu",
        Position = 0,
        Status = number % 50 == 0 ? AttendanceStatus.Unexcused : number % 10 == 0 ? AttendanceStatus.Excused : AttendanceStatus.Present,
        ProxyHolderId = number % 50 != 0 && number % 10 == 0 ? proxyHolderId : null,
    };

    /// <summary>
    /// At the first sitting: Kabalo is excused (proxy to Prost), then present, then excused (proxy to Collin);
    /// Collin is only listed once, excused with a proxy to Chihi; Prost only once, absent without excuse.
    /// </summary>
    private static IEnumerable<AttendanceEntry> UnionLines(int decision, Dictionary<string, int> ids)
    {
        AttendanceEntry Line(string slug, AttendanceStatus status, string? holder = null) => new()
        {
            OfficialId = ids[slug],
            PrintedName = slug,
            Position = 1,
            Status = status,
            ProxyHolderId = holder is null ? null : ids[holder],
        };

        return decision switch
        {
            0 => [Line("m-kabalo-2020", AttendanceStatus.Excused, "mme-prost-2020")],
            1 => [Line("m-kabalo-2020", AttendanceStatus.Present), Line("mme-collin-2020", AttendanceStatus.Excused, "m-chihi-2020")],
            2 => [Line("m-kabalo-2020", AttendanceStatus.Excused, "mme-collin-2020"), Line("mme-prost-2020", AttendanceStatus.Unexcused)],
            _ => [],
        };
    }
}

/// <summary>The busy term is slow to build: the officials' and the sittings' tests share one.</summary>
[CollectionDefinition(Name)]
public sealed class BusyTermCollection : ICollectionFixture<BusyTermFixture>
{
    public const string Name = "Busy term";
}
