using Deliberations.Web.Import;
using Deliberations.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Tests.Import;

public sealed class RosterTests
{
    [Fact]
    public async Task Only_the_curated_roster_makes_two_terms_one_person()
    {
        var roster = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(roster, """
            personne,mandat,civilite,nom
            Bruno Bernard,2015,M.,Bernard
            Bruno Bernard,2020,M.,Bernard
            Personne Inconnue,2020,Mme,Nulle-Part
            """);
        try
        {
            await using var store = await TestStore.CreateAsync(roster);

            var summary = await store.ImportAsync(Repo.SeedsDir);

            var keys = await store.QueryAsync(db => db.Officials.Where(o => o.PersonKey != null).Select(o => new { o.Slug, o.PersonKey }).ToListAsync());
            Assert.Equal([("m-bernard-2015", "bruno-bernard"), ("m-bernard-2020", "bruno-bernard")], keys.OrderBy(k => k.Slug).Select(k => (k.Slug, k.PersonKey!)));
            var unmatched = Assert.Single(summary.RosterUnmatched);
            Assert.Equal(4, unmatched.Line);
        }
        finally
        {
            File.Delete(roster);
        }
    }

    [Fact]
    public void Reads_person_term_civility_and_surname_and_skips_broken_lines()
    {
        var entries = Roster.Read("personne,mandat,civilite,nom\nÉmeline Baume,2020,Mme,Baume\n,2015,M.,Vide\nX,deux-mille,M.,Y\n"u8.ToArray());

        var entry = Assert.Single(entries);
        Assert.Equal(new Roster.Entry("emeline-baume", 2020, "Mme", "Baume", 2), entry);
    }
}
