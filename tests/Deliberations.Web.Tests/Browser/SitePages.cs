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
        ["page-introuvable"] = NotFoundUrl,
        ["recherche"] = "/recherche?q=donnee",
        ["projets"] = "/projets",
        ["projet"] = "/projets/datagora",
        ["organisme"] = "/organisations/reseau-des-territoires-innovants",
        ["budget"] = "/budget",
        ["donnees-ouvertes"] = "/api",
    };

    public static TheoryData<string> Urls => [.. ByName.Values];
}
