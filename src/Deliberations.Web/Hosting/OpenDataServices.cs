using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Deliberations.Web.Features.Api;
using Deliberations.Web.Features.Councils;
using Deliberations.Web.Features.Exports;
using Microsoft.AspNetCore.Http.Json;

namespace Deliberations.Web.Hosting;

/// <summary>The services of the open data: the JSON API and its OpenAPI document, the downloads of the exports.</summary>
public static class OpenDataServices
{
    public const string CorsPolicy = "OpenData";

    public static WebApplicationBuilder AddOpenData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddExportDownloads();

        services.AddHttpContextAccessor();
        services.AddOptions<JsonOptions>().Configure<IHttpContextAccessor>((options, requests) =>
        {
            Configure(options.SerializerOptions);
            options.SerializerOptions.TypeInfoResolver = (options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(CouncilJsonLinks.Modifier(requests));
        });

        // A value that does not bind answers 400 in every environment (the middleware gives it a body),
        // rather than an exception page in Development and an empty 400 elsewhere.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        services.AddProblemDetails();

        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Délibérations : données ouvertes";
            document.Info.Version = "v1";
            document.Info.Description =
                "Les délibérations du Conseil de la Métropole de Lyon et de sa Commission permanente, en lecture seule : " +
                "JSON sous /api, exports CSV (schémas SCDL) sous /export, flux Atom. Dates ISO 8601, montants en euros " +
                "(nombres), liens relatifs à la racine du site : `url` vers la ressource de l'API, `htmlUrl` vers la page. " +
                "Les autres conseils que le site lit ont la même API sous leur préfixe (`/conseils/avranches/api/deliberations`), " +
                "budget, projets et organismes en moins ; leurs liens gardent ce préfixe. " +
                "Erreurs au format application/problem+json. HEAD est accepté partout où GET l'est. Chaque réponse porte un " +
                "ETag : renvoyé dans If-None-Match, il vaut 304 tant que les données n'ont pas changé. Les requêtes sont " +
                "limitées par adresse (recherche, API, exports) : au-delà, 429 avec l'en-tête Retry-After.";

            // Each endpoint answers HEAD too (ReadMethods), which is GET without the body (RFC 9110):
            // described twice, every operation id would appear twice, which OpenAPI forbids.
            foreach (var path in document.Paths.Values)
            {
                path.Operations?.Remove(HttpMethod.Head);
            }

            return Task.CompletedTask;
        }));

        // Open data is read from anywhere, notebooks in a browser included; nothing here depends on a cookie.
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET")));
        return builder;
    }

    /// <summary>camelCase, enums as camelCase strings, numbers as numbers, text as written (accents, apostrophes).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        // "Unsafe" only for JSON pasted into HTML; served as application/json with nosniff, it stays readable: l'État, not l\u0027\u00C9tat.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }
}
