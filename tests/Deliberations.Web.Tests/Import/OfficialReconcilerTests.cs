using Deliberations.Web.Import;

namespace Deliberations.Web.Tests.Import;

public class OfficialReconcilerTests
{
    private static readonly CouncilTerm Term = new(1, new DateOnly(2015, 1, 1));

    [Fact]
    public void A_known_spelling_is_that_official()
    {
        var martin = Known("M.", "Martin");
        var result = Reconcile([martin], [P("M.", "Martin")], complete: false);

        Assert.Same(martin, result[P("M.", "Martin")].Official);
        Assert.Equal(ResolutionKind.Known, result[P("M.", "Martin")].Kind);
    }

    [Fact]
    public void One_letter_off_and_absent_from_the_extract_is_a_variant()
    {
        var rantonnet = Known("M.", "Rantonnet");
        var result = Reconcile([rantonnet], [P("M.", "Rantonnnet")], complete: false);

        Assert.Same(rantonnet, result[P("M.", "Rantonnnet")].Official);
        Assert.Equal(ResolutionKind.Variant, result[P("M.", "Rantonnnet")].Kind);
    }

    [Fact]
    public void Accents_and_hyphens_are_not_differences()
    {
        var asti = Known("Mme", "Asti-Lapperrière");
        var result = Reconcile([asti], [P("Mme", "Asti Lapperriere")], complete: false);

        Assert.Equal(ResolutionKind.Known, result[P("Mme", "Asti Lapperriere")].Kind);
    }

    [Fact]
    public void Another_civility_is_another_person()
    {
        var monsieur = Known("M.", "David");
        var result = Reconcile([monsieur], [P("Mme", "David")], complete: true);

        Assert.Equal(ResolutionKind.New, result[P("Mme", "David")].Kind);
    }

    [Fact]
    public void Listed_side_by_side_means_two_people()
    {
        var martin = Known("M.", "Martin");
        var result = Reconcile([martin], [P("M.", "Martin"), P("M.", "Marti")], complete: false);

        Assert.Equal(ResolutionKind.New, result[P("M.", "Marti")].Kind);
    }

    [Fact]
    public void Two_letters_off_only_when_the_lists_name_every_member()
    {
        var guillard = Known("M.", "Guillard");

        Assert.Equal(ResolutionKind.New, Reconcile([guillard], [P("M.", "Guiland")], complete: false)[P("M.", "Guiland")].Kind);
        Assert.Same(guillard, Reconcile([guillard], [P("M.", "Guiland")], complete: true)[P("M.", "Guiland")].Official);
    }

    [Fact]
    public void Two_equally_close_officials_are_a_guess_not_a_merge()
    {
        var result = Reconcile([Known("M.", "Colomb"), Known("M.", "Collomd")], [P("M.", "Collomb")], complete: false);

        Assert.Equal(ResolutionKind.New, result[P("M.", "Collomb")].Kind);
    }

    [Fact]
    public void A_merged_spelling_listed_beside_its_official_is_split_off()
    {
        var rantonnet = Known("M.", "Rantonnet", "Rantonnnet");
        var result = Reconcile([rantonnet], [P("M.", "Rantonnet"), P("M.", "Rantonnnet")], complete: false);

        var split = result[P("M.", "Rantonnnet")];
        Assert.Equal(ResolutionKind.Split, split.Kind);
        Assert.Same(rantonnet, split.SplitFrom);
        Assert.NotSame(rantonnet, split.Official);
    }

    [Fact]
    public void Another_term_is_never_searched()
    {
        var blein = new KnownOfficial(Term with { Start = new DateOnly(2020, 7, 2) }, "M.", "Blein");
        blein.Keys.Add("blein");
        var result = Reconcile([blein], [P("M.", "Blein")], complete: true);

        Assert.Equal(ResolutionKind.New, result[P("M.", "Blein")].Kind);
    }

    [Fact]
    public void Another_council_of_the_same_term_is_never_searched()
    {
        var huet = new KnownOfficial(Term with { Council = 2 }, "M.", "Huet");
        huet.Keys.Add("huet");
        var result = Reconcile([huet], [P("M.", "Huet"), P("M.", "Hue")], complete: true);

        Assert.Equal(ResolutionKind.New, result[P("M.", "Huet")].Kind);
        Assert.Equal(ResolutionKind.New, result[P("M.", "Hue")].Kind);
    }

    [Fact]
    public void A_header_name_joins_the_listed_official()
    {
        var registry = new Dictionary<CouncilTerm, List<KnownOfficial>>();
        var result = new OfficialReconciler(registry).Resolve(Term, [P("Mme", "Baume")], [P("Mme", "Baume")], listsAreComplete: false);

        Assert.Single(result);
        Assert.Equal(ResolutionKind.New, result[P("Mme", "Baume")].Kind);
    }

    private static Dictionary<PrintedName, Resolution> Reconcile(List<KnownOfficial> known, List<PrintedName> listed, bool complete)
    {
        var registry = new Dictionary<CouncilTerm, List<KnownOfficial>>();
        foreach (var k in known)
        {
            if (!registry.TryGetValue(k.Term, out var list))
            {
                registry[k.Term] = list = [];
            }

            list.Add(k);
        }

        return new OfficialReconciler(registry).Resolve(Term, listed, [], complete);
    }

    private static KnownOfficial Known(string civility, string name, params string[] variants)
    {
        var official = new KnownOfficial(Term, civility, name) { Id = name.Length };
        foreach (var spelling in variants.Prepend(name))
        {
            official.Keys.Add(P(civility, spelling).Key);
            official.Spellings.Add(spelling);
        }

        return official;
    }

    private static PrintedName P(string civility, string name) => new(civility, name);
}
