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
    };

    public static TheoryData<string> Urls => [.. ByName.Values];
}
