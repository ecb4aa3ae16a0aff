namespace Deliberations.Web.Tests.Browser;

/// <summary>The pages the browser tests visit, with the name their screenshots take.</summary>
public static class SitePages
{
    public const string NotFoundUrl = "/page-qui-n-existe-pas";

    public static readonly IReadOnlyDictionary<string, string> ByName = new Dictionary<string, string>
    {
        ["accueil"] = "/",
        ["a-propos"] = "/a-propos",
        ["accessibilite"] = "/accessibilite",
        ["elus"] = "/elus",
        ["elu"] = "/elus/m-bernard-2015",
        ["seances"] = "/seances",
        ["seance"] = "/seances/2021-12-13-conseil",
        ["page-introuvable"] = NotFoundUrl,
        ["recherche"] = "/recherche?q=donnee",
        ["projets"] = "/projets",
        ["projet"] = "/projets/datagora",
        ["organisme"] = "/organisations/reseau-des-territoires-innovants",
        ["budget"] = "/budget",
        ["deliberations"] = "/deliberations",
        ["deliberations-filtrees"] = "/deliberations?year=2019&body=Conseil",
        ["deliberation-2021-0801"] = "/deliberations/2021-0801",
        ["deliberation-2019-3853"] = "/deliberations/2019-3853",
        ["decision-cp-2018-2133"] = "/deliberations/CP-2018-2133",
        ["deliberation-2021-0801-version-1"] = "/deliberations/2021-0801/versions/1",
        ["donnees-ouvertes"] = "/api",
        ["conseils-elu-trouve"] = "/conseils?nom=bernard",
    };

    public static TheoryData<string> Urls => [.. ByName.Values];
}
