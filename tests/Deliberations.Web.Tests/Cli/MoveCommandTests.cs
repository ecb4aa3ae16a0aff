using Deliberations.Web.Cli;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Cli;

/// <summary>
/// <c>move</c> reads every text of one store into another: on SQLite from file to file, on
/// PostgreSQL from database to database (the same code path as from a SQLite file to a server).
/// </summary>
public sealed class MoveCommandTests
{
    [Fact]
    public async Task Every_text_moves_with_its_versions_officials_and_figures()
    {
        await using var source = await TestStore.CreateAsync();
        await source.ImportAsync(Repo.SeedsDir);
        var correction = (await File.ReadAllTextAsync(Repo.Seed("003"))).Replace("26 500 €", "27 500 €", StringComparison.Ordinal);
        await source.ImportAsync(await source.WriteFileAsync("2019-3853-corrige.txt", System.Text.Encoding.UTF8.GetBytes(correction)));
        await using var target = await TestStore.CreateAsync();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CommandLine.RunAsync(["move", target.Database, "--db", source.Database], stdout, stderr);

        Assert.True(exit == 0, stderr.ToString());
        var figures = await Figures(target);
        Assert.Equal(await Figures(source), figures);
        Assert.Contains("2019-3853 v2", figures, StringComparison.Ordinal);
        Assert.Contains("6 lus", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Texts_filed_under_a_council_given_on_the_command_line_move_under_it()
    {
        // Ouzous' minutes do not print the commune's name: import --conseil filed them.
        var ouzous = Repo.Minutes("009");
        await using var source = await TestStore.CreateAsync();
        await source.ImportAsync(Repo.SeedsDir);
        await source.ImportForAsync("Commune d'Ouzous", ouzous);
        await using var target = await TestStore.CreateAsync();
        var stderr = new StringWriter();

        var exit = await CommandLine.RunAsync(["move", target.Database, "--db", source.Database], new StringWriter(), stderr);

        Assert.True(exit == 0, stderr.ToString());
        Assert.Equal(await CouncilsOf(source), await CouncilsOf(target));
        Assert.Contains("Commune d'Ouzous", await CouncilsOf(target), StringComparison.Ordinal);
        Assert.Equal(5, await target.QueryAsync(db => db.Decisions.CountAsync()));
    }

    [Fact]
    public async Task A_target_that_is_no_store_is_refused_before_anything_is_read()
    {
        var stderr = new StringWriter();

        var exit = await CommandLine.RunAsync(["move", "mysql://localhost/lyon"], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("ni le chemin", stderr.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Each council with the number of its decisions and officials.</summary>
    private static Task<string> CouncilsOf(TestStore store) => store.QueryAllAsync(async db => string.Join('\n', await db.Councils
        .OrderBy(c => c.Name)
        .Select(c => $"{c.Name}: {db.Decisions.Count(d => d.CouncilId == c.Id)} décisions, {db.Officials.Count(o => o.CouncilId == c.Id)} élus")
        .ToListAsync()));

    /// <summary>What a reader sees of a store: counts of each kind of row, the versions of each decision, and the officials' figures.</summary>
    private static Task<string> Figures(TestStore store) => store.QueryAsync(async db =>
    {
        var versions = await db.Documents.Where(d => d.Decision != null).OrderBy(d => d.Decision!.Number).ThenBy(d => d.Version).Select(d => d.Decision!.Number + " v" + d.Version).ToListAsync();
        var officials = await db.Officials.OrderBy(o => o.Slug).Select(o => $"{o.Slug} {o.PresentCount}/{o.ExcusedCount}/{o.UnexcusedCount}/{o.ProxiesGivenCount}/{o.ProxiesHeldCount}").ToListAsync();
        return string.Join('\n', [
            $"décisions {await db.Decisions.CountAsync()}", $"présences {await db.Attendance.CountAsync()}", $"subventions {await db.Grants.CountAsync()}",
            .. versions, .. officials]);
    });
}
