using System.ComponentModel;
using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Api;

/// <summary>An official where another resource names them: enough to show the name and follow the links.</summary>
[Description("Un élu nommé par une autre ressource.")]
public sealed record OfficialRef(
    [property: Description("Identifiant stable de l'élu dans un mandat : `mme-baume-2020`.")] string Slug,
    [property: Description("Nom affiché : civilité, prénom si connu, nom.")] string Name,
    string? Civility,
    string? FirstName,
    string Surname,
    string Url,
    string HtmlUrl)
{
    public static OfficialRef From(OfficialName name) =>
        new(name.Slug, name.Plain, name.Civility, name.FirstName, name.Surname, ApiRoutes.Official(name.Slug), Routes.Official(name.Slug));
}

/// <summary>A decision where another resource names it.</summary>
[Description("Une délibération nommée par une autre ressource.")]
public sealed record DecisionRef(
    [property: Description("Numéro tel qu'imprimé : `2019-3364`, `CP-2018-2133`.")] string Number,
    string Title,
    [property: Description("Date de la séance.")] DateOnly? Date,
    [property: Description("Instance : `Conseil` ou `Commission permanente`.")] string? Body,
    string Url,
    string HtmlUrl)
{
    public static DecisionRef From(DecisionSummary d) =>
        new(d.Number, d.Title, d.Date, d.Body, ApiRoutes.Decision(d.Number), Routes.Decision(d.Number));
}

/// <summary>A sitting where another resource names it.</summary>
[Description("Une séance nommée par une autre ressource.")]
public sealed record SittingRef(
    [property: Description("`2021-12-13-conseil` : la date et l'instance.")] string Slug,
    DateOnly Date,
    string Body,
    string Url,
    string HtmlUrl)
{
    public static SittingRef From(DateOnly date, string body)
    {
        var slug = Routes.SittingSlug(date, body);
        return new(slug, date, body, ApiRoutes.Sitting(slug), Routes.Sitting(date, body));
    }
}

/// <summary>A project where another resource names it.</summary>
[Description("Un projet nommé par une autre ressource.")]
public sealed record ProjectRef(string Slug, string Name, string Url, string HtmlUrl)
{
    public static ProjectRef From(string slug, string name) => new(slug, name, ApiRoutes.Project(slug), Routes.Project(slug));
}

/// <summary>An organisation that receives money, where another resource names it.</summary>
[Description("Un organisme nommé par une autre ressource.")]
public sealed record OrganisationRef(string Slug, string Name, string? Acronym, string Url, string HtmlUrl)
{
    public static OrganisationRef From(string slug, string name, string? acronym) =>
        new(slug, name, acronym, ApiRoutes.Organisation(slug), Routes.Organisation(slug));
}

/// <summary>The counts printed with a decision's attendance lists.</summary>
[Description("Les effectifs imprimés avec les listes de présence.")]
public sealed record DecisionCounts(
    [property: Description("Présents.")] int Present,
    [property: Description("Absents excusés, qu'ils aient donné pouvoir ou non.")] int Excused,
    [property: Description("Absents non excusés.")] int Unexcused,
    [property: Description("Pouvoirs : absents excusés dont un autre élu porte la voix.")] int Proxies);
