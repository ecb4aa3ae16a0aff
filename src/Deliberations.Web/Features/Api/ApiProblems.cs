using Microsoft.AspNetCore.Http.HttpResults;

namespace Deliberations.Web.Features.Api;

/// <summary>The API's errors, as RFC 9457 problem documents with French text: callers read the title, programs the status.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);

    public static ProblemHttpResult BadParameter(string parameter, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Paramètre invalide",
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    /// <summary>The title of a problem the framework raised without one (a value that does not bind, a wrong method).</summary>
    public static string TitleFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Paramètre invalide",
        StatusCodes.Status404NotFound => "Ressource introuvable",
        StatusCodes.Status405MethodNotAllowed => "Méthode non permise : l'API est en lecture seule",
        StatusCodes.Status429TooManyRequests => "Trop de requêtes",
        _ => "Erreur",
    };

    public static string DetailFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Un paramètre de la requête n'a pas la forme attendue (un nombre entier, par exemple). Voir " + ApiRoutes.OpenApiDocument + ".",
        StatusCodes.Status404NotFound => "Aucune ressource à cette adresse. La liste des ressources est dans " + ApiRoutes.OpenApiDocument + ".",
        StatusCodes.Status405MethodNotAllowed => "Seule la méthode GET est acceptée.",
        StatusCodes.Status429TooManyRequests => "Trop de requêtes en peu de temps depuis votre adresse. Réessayez après le nombre de secondes indiqué par l'en-tête Retry-After ; les exports CSV donnent tout d'un coup.",
        _ => "La requête n'a pas abouti.",
    };
}
