using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Officials;
using Deliberations.Web.Features.Shared.Paging;
using Deliberations.Web.Import;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Features.Officials;

/// <summary>
/// An official's decisions are paged through the counts per sitting: every page must hold exactly
/// the rows that ordering all of the official's lines and cutting them would give, across two
/// bodies sitting the same day (numbers interleaved) and the decisions with no sitting, which come last.
/// </summary>
public sealed class DecisionPagesTests : IAsyncLifetime
{
    private static readonly DateOnly Term = new(2020, 7, 2);

    private TestStore _store = null!;
    private int _officialId;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        _officialId = await _store.QueryAsync(WriteRegisterAsync);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(50)]
    public async Task Every_page_holds_the_rows_of_the_whole_ordered_list(int pageSize)
    {
        var all = await _store.QueryAsync(db => db.Attendance
            .Where(a => a.OfficialId == _officialId)
            .OrderByDescending(a => a.Decision!.Sitting == null ? (DateOnly?)null : a.Decision.Sitting.Date)
            .ThenByDescending(a => a.Decision!.Number)
            .Select(a => a.Decision!.Number)
            .ToListAsync());
        Assert.Equal(23, all.Count);
        Assert.Equal(["PAGE-020", "PAGE-019"], all.Take(2));
        Assert.Equal(["PAGE-012", "PAGE-011"], all.Skip(8).Take(2));

        var pages = (all.Count + pageSize - 1) / pageSize;
        for (var page = 1; page <= pages; page++)
        {
            var requested = page;
            var pagesOf = new OfficialPages(total => Paging.Of(requested, pageSize, total), Paging.Whole);
            var shown = (await _store.QueryAsync(db => new OfficialQuery(db).RunAsync("mme-pagine-2020", pagesOf, CancellationToken.None)))!.Decisions;
            Assert.Equal(all.Skip((page - 1) * pageSize).Take(pageSize), shown.Items.Select(r => r.Decision.Number));
            Assert.Equal(all.Count, shown.Paging.Total);
        }
    }

    [Fact]
    public async Task The_counts_per_sitting_are_those_of_the_lines()
    {
        var rows = await _store.QueryAsync(db => db.OfficialSittings
            .Where(s => s.OfficialId == _officialId)
            .OrderBy(s => s.Sitting!.Date)
            .ThenBy(s => s.Sitting!.Body)
            .Select(s => new { s.Sitting!.Body, s.Listed, s.Present, s.Excused, s.Unexcused })
            .ToListAsync());

        // Counted by hand from the numbers below: 7 and its multiples unexcused, then multiples of 4 excused.
        Assert.Equal(
            [new { Body = "Commission permanente", Listed = 6, Present = 3, Excused = 3, Unexcused = 0 },
             new { Body = "Conseil", Listed = 6, Present = 5, Excused = 0, Unexcused = 1 },
             new { Body = "Conseil", Listed = 8, Present = 5, Excused = 2, Unexcused = 1 }],
            rows);
    }

    /// <summary>
    /// A Conseil on 3 January (numbers 1, 3, 5... up to 11) and a Commission permanente the same day
    /// (2, 4... up to 12), a Conseil a week later (8 decisions), 3 decisions with no sitting.
    /// </summary>
    private static async Task<int> WriteRegisterAsync(DeliberationsDb db)
    {
        var document = SyntheticDocument.New('e');
        var official = new Official { TermStart = Term, Civility = "Mme", Surname = "Pagine", SurnameKey = "pagine", Slug = "mme-pagine-2020" };
        db.AddRange(document, official);
        await db.SaveChangesAsync();

        var day = new DateOnly(2022, 1, 3);
        var council = new Sitting { Body = "Conseil", Date = day, TermStart = Term };
        var commission = new Sitting { Body = "Commission permanente", Date = day, TermStart = Term };
        var nextWeek = new Sitting { Body = "Conseil", Date = day.AddDays(7), TermStart = Term };
        var number = 0;
        for (var i = 0; i < 12; i++)
        {
            Add(i % 2 == 0 ? council : commission);
        }

        for (var i = 0; i < 8; i++)
        {
            Add(nextWeek);
        }

        for (var i = 0; i < 3; i++)
        {
            Add(null);
        }

        await db.SaveChangesAsync();
        await OfficialTallies.RefreshAsync(db, [official.Id], CancellationToken.None);
        await SittingTallies.RefreshAsync(db, await db.Sittings.Select(s => s.Id).ToListAsync(), CancellationToken.None);
        return official.Id;

        void Add(Sitting? sitting)
        {
            number++;
            var decision = new Decision
            {
                Number = $"PAGE-{number:D3}",
                Title = $"Décision {number}",
                Sitting = sitting,
                SittingDate = sitting?.Date,
                CurrentDocumentId = document.Id,
            };
            decision.Attendance.Add(new AttendanceEntry
            {
                OfficialId = official.Id,
                PrintedName = "Pagine",
                Position = 0,
                Status = number % 7 == 0 ? AttendanceStatus.Unexcused : number % 4 == 0 ? AttendanceStatus.Excused : AttendanceStatus.Present,
            });
            db.Decisions.Add(decision);
        }
    }
}
