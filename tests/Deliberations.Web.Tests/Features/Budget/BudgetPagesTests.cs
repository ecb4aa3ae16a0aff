using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Features.Budget;
using Deliberations.Web.Features.Shared.Paging;
using Deliberations.Web.Import;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Features.Budget;

/// <summary>
/// The budget's lists are paged through the counts per sitting the import keeps: every page must hold
/// exactly the rows that ordering the whole list and cutting it would give, across two bodies sitting
/// the same day (numbers interleaved), a filter, and decisions with no sitting, which come last.
/// </summary>
public sealed class BudgetPagesTests : IAsyncLifetime
{
    private static readonly DateOnly Term = new(2020, 7, 2);

    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        await _store.QueryAsync(WriteRegisterAsync);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Theory]
    [InlineData(null, 1)]
    [InlineData(null, 4)]
    [InlineData(null, 7)]
    [InlineData(2022, 3)]
    [InlineData(2023, 5)]
    public async Task Every_page_of_imputations_holds_the_rows_of_the_whole_ordered_list(int? year, int pageSize)
    {
        var all = await _store.QueryAsync(db => db.Imputations
            .Where(i => year == null || i.Years.Contains(year.Value))
            .OrderBy(i => i.Decision!.SittingDate == null).ThenByDescending(i => i.Decision!.SittingDate).ThenBy(i => i.Decision!.Number).ThenBy(i => i.Id)
            .Select(i => i.Decision!.Number + "/" + i.ArticleNumber)
            .ToListAsync());
        Assert.True(all.Count > pageSize, "the register is too small to walk several pages");

        var walked = new List<string>();
        for (var page = 1; page <= (all.Count + pageSize - 1) / pageSize; page++)
        {
            var shown = await _store.QueryAsync(async db => await new BudgetQuery(db).ImputationsAsync(await BudgetFacts.LoadAsync(db, CancellationToken.None), year, null, total => Paging.Of(page, pageSize, total), CancellationToken.None));
            Assert.Equal(all.Count, shown.Paging.Total);
            walked.AddRange(shown.Items.Select(i => i.Decision.Number + "/" + i.ArticleNumber));
        }

        Assert.Equal(all, walked);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(50)]
    public async Task Every_page_of_tables_holds_the_rows_of_the_whole_ordered_list(int pageSize)
    {
        var all = await _store.QueryAsync(db => db.BudgetTables
            .OrderBy(t => t.Decision!.SittingDate == null).ThenByDescending(t => t.Decision!.SittingDate).ThenBy(t => t.Decision!.Number).ThenBy(t => t.Position)
            .Select(t => t.Caption!)
            .ToListAsync());

        var walked = new List<string>();
        for (var page = 1; page <= (all.Count + pageSize - 1) / pageSize; page++)
        {
            var shown = await _store.QueryAsync(db => new BudgetQuery(db).TablesAsync(total => Paging.Of(page, pageSize, total), CancellationToken.None));
            Assert.Equal(all.Count, shown.Paging.Total);
            walked.AddRange(shown.Items.Select(t => t.Caption!));
        }

        Assert.Equal(all, walked);
    }

    /// <summary>Two bodies the same day, one a week later, three decisions without a sitting; imputations and tables in varying numbers.</summary>
    private static async Task<int> WriteRegisterAsync(DeliberationsDb db)
    {
        var document = SyntheticDocument.New('b');
        db.Add(document);
        await db.SaveChangesAsync();

        var day = new DateOnly(2022, 1, 3);
        var council = new Sitting { Body = "Conseil", Date = day, TermStart = Term };
        var commission = new Sitting { Body = "Commission permanente", Date = day, TermStart = Term };
        var nextWeek = new Sitting { Body = "Conseil", Date = day.AddDays(7), TermStart = Term };
        Sitting?[] sittings = [council, commission, nextWeek, null];
        for (var number = 1; number <= 24; number++)
        {
            var sitting = sittings[number % 4];
            var decision = new Decision { Number = $"B-{number:D3}", Title = $"Décision {number}", Sitting = sitting, SittingDate = sitting?.Date, CurrentDocumentId = document.Id };
            for (var k = 0; k < number % 3 + 1; k++)
            {
                decision.Imputations.Add(new DecisionImputation { ArticleNumber = k.ToString(System.Globalization.CultureInfo.InvariantCulture), Years = number % 2 == 0 ? [2022] : [2022, 2023], Direction = "dépense", Amount = number * 100 + k });
            }

            for (var k = 0; k < number % 3; k++)
            {
                decision.BudgetTables.Add(new DecisionBudgetTable { Position = k, Caption = $"{decision.Number} tableau {k}" });
            }

            db.Decisions.Add(decision);
        }

        await db.SaveChangesAsync();
        await SittingTallies.RefreshAsync(db, await db.Sittings.Select(s => s.Id).ToListAsync(), CancellationToken.None);
        await BudgetGroups.RefreshAsync(db, CancellationToken.None);
        return 0;
    }
}
