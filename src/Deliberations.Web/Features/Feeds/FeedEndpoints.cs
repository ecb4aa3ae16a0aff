using System.ComponentModel;
using System.ServiceModel.Syndication;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Api;
using Deliberations.Web.Features.Councils;
using Deliberations.Web.Features.Decisions;
using Deliberations.Web.Features.Exports;
using Deliberations.Web.Features.Officials;
using Deliberations.Web.Features.Projects;
using Deliberations.Web.Features.Search;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;
using Deliberations.Web.Hosting.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Feeds;

/// <summary>
/// <c>/flux.atom</c> (the latest decisions), one feed per search (<c>/recherche/flux.atom?q=…</c>) and one
/// per official, project and organisation (<c>/elus/{slug}/flux.atom</c>, <c>/projets/{slug}/flux.atom</c>,
/// <c>/organisations/{slug}/flux.atom</c>): alerts without an account. Each reads the first page of what
/// its page reads (the search, the resource's read model).
/// </summary>
public static class FeedEndpoints
{
    /// <summary>Enough to cover a council sitting; feed readers keep what they have already seen.</summary>
    public const int MaxEntries = 50;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGetAndHead(ApiRoutes.LatestFeed, LatestAsync)
            .WithName("LatestDecisionsFeed")
            .WithTags("Flux Atom")
            .WithSummary("Flux Atom des dernières délibérations")
            .WithDescription($"Les {MaxEntries} délibérations des séances les plus récentes.");
        app.MapGetAndHead("/elus/{slug}/flux.atom", OfficialAsync)
            .WithName("OfficialFeed")
            .WithTags("Flux Atom")
            .WithSummary("Flux Atom d'un élu")
            .WithDescription($"Les {MaxEntries} délibérations les plus récentes où l'élu est listé, avec sa présence (catégorie `present`, `excused` ou `unexcused`).");
        app.MapGetAndHead(ApiRoutes.SearchFeed, SearchAsync)
            .WithName("SearchFeed")
            .WithTags("Flux Atom")
            .WithSummary("Flux Atom d'une recherche")
            .WithDescription($"Les {MaxEntries} délibérations les plus récentes que trouve la recherche `q` (filtres `year` et `body` comme sur la page `/recherche`) : une alerte sans compte.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireRateLimiting(RateLimits.Search);
        app.MapGetAndHead("/projets/{slug}/flux.atom", ProjectAsync)
            .WithName("ProjectFeed")
            .WithTags("Flux Atom")
            .WithSummary("Flux Atom d'un projet")
            .WithDescription($"Les {MaxEntries} délibérations les plus récentes qui nomment le projet, avec le coût total qu'elles indiquent pour lui.");
        app.MapGetAndHead("/organisations/{slug}/flux.atom", OrganisationAsync)
            .WithName("OrganisationFeed")
            .WithTags("Flux Atom")
            .WithSummary("Flux Atom d'un organisme")
            .WithDescription($"Les {MaxEntries} délibérations les plus récentes qui attribuent une somme à l'organisme, avec le montant.");
    }

    public static async Task<AtomResult> LatestAsync(DeliberationsDb db, HttpContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        var entries = await db.Decisions.AsNoTracking()
            .PageNewestFirst(0, MaxEntries)
            .Select(d => new FeedEntry(d.Number, d.Title, d.Sitting == null ? null : d.Sitting.Date, d.Sitting == null ? null : d.Sitting.Body, d.CurrentDocument!.ImportedAt))
            .ToListAsync(cancellationToken);
        var council = CouncilScope.For(context);
        var site = settings.For(council);
        var siteUrl = site.SiteUrl;
        var feed = NewFeed(siteUrl, ApiRoutes.LatestFeed, "/", $"Délibérations : {council.Name}", $"Les délibérations les plus récentes {council.OfName}.", site.Collectivity, entries.Select(e => e.Updated));
        feed.Items = [.. entries.Select(e => e.ToItem(siteUrl, status: null))];
        return new AtomResult(feed);
    }

    public static async Task<Results<AtomResult, NotFound>> OfficialAsync(DeliberationsDb db, HttpContext context, ExportSettings settings,
        [Description("Identifiant de l'élu : `mme-baume-2020`.")] string slug, CancellationToken cancellationToken)
    {
        // The official's read model, first page only: the lines are read by sitting, not sorted whole.
        var official = await new OfficialQuery(db).RunAsync(slug, new OfficialPages(total => new Paging(1, MaxEntries, total), total => new Paging(1, 1, total)), cancellationToken);
        if (official is null)
        {
            return TypedResults.NotFound();
        }

        var civility = official.Facts.Name.Civility;
        var name = official.Facts.Name.Display;
        var lines = official.Decisions.Items.Select(l => new FeedLine(
            l.Decision,
            DecisionWording.Capitalised(AttendanceWording.Line(l.Status, civility, l.ProxyHolder?.Display, [])),
            new SyndicationCategory(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(l.Status.ToString()), null, DecisionWording.Capitalised(AttendanceWording.Status(l.Status, civility))))).ToList();
        return await DecisionsFeedAsync(db, settings, context,
            new FeedHead(ApiRoutes.OfficialFeed(official.Facts.Name.Slug), Routes.Official(official.Facts.Name.Slug), $"Délibérations où figure {name}",
                $"Les délibérations où {name} (mandat commencé en {official.Facts.TermStart.Year}) est {Plural.Agreed(civility, "listé", "listée")}, avec sa présence."),
            lines, cancellationToken);
    }

    public static async Task<Results<AtomResult, ProblemHttpResult>> SearchAsync(
        DeliberationsDb db,
        IDatabaseEngine engine,
        SearchableNames names,
        HttpContext context,
        ExportSettings settings,
        [Description("Les mots cherchés (200 caractères au plus).")] string? q,
        [Description("Année de la séance (`2019`).")] int? year,
        [Description("Instance : `Conseil`, `Commission permanente`.")] string? body,
        CancellationToken cancellationToken)
    {
        var (query, problem) = SearchQuery.Check(q, year);
        if (problem is not null)
        {
            return problem;
        }

        // The search its page runs, newest sitting first: a feed reader wants what is new.
        var search = new SearchParameters(query, ByRelevance: false, year, body, Page: 1, PageSize: MaxEntries);
        var found = await new SiteSearch(db, engine, names).RunAsync(search, cancellationToken);
        return await DecisionsFeedAsync(db, settings, context,
            new FeedHead(SearchLinks.Feed(search), SearchLinks.Page(search), $"Recherche «\u00A0{query}\u00A0»",
                $"Les délibérations les plus récentes que trouve la recherche «\u00A0{query}\u00A0»."),
            [.. found.Decisions.Select(h => new FeedLine(h.Decision, null))], cancellationToken);
    }

    public static async Task<Results<AtomResult, NotFound>> ProjectAsync(DeliberationsDb db, HttpContext context, ExportSettings settings,
        [Description("Identifiant du projet : `grandlyon-connect-pro`.")] string slug, CancellationToken cancellationToken)
    {
        if (await new FundingQuery(db).ProjectAsync(slug, total => new Paging(1, MaxEntries, total), cancellationToken) is not { } project)
        {
            return TypedResults.NotFound();
        }

        var lines = project.Mentions.Items.Select(m => new FeedLine(m.Decision, m.Amount is { } a ? "Coût total indiqué pour le projet : " + FrenchFormat.Amount(a) : null)).ToList();
        return await DecisionsFeedAsync(db, settings, context,
            new FeedHead(ApiRoutes.ProjectFeed(slug), Routes.Project(slug), $"Délibérations qui nomment le projet {project.Name}",
                $"Les délibérations les plus récentes qui nomment le projet {project.Name}."),
            lines, cancellationToken);
    }

    public static async Task<Results<AtomResult, NotFound>> OrganisationAsync(DeliberationsDb db, HttpContext context, ExportSettings settings,
        [Description("Identifiant de l'organisme : `reseau-des-territoires-innovants`.")] string slug, CancellationToken cancellationToken)
    {
        if (await new FundingQuery(db).OrganisationAsync(slug, total => new Paging(1, MaxEntries, total), cancellationToken) is not { } organisation)
        {
            return TypedResults.NotFound();
        }

        var lines = organisation.Grants.Items.Select(g => new FeedLine(g.Decision, "Montant attribué : " + (g.Amount is { } a ? FrenchFormat.Amount(a) : "non précisé"))).ToList();
        return await DecisionsFeedAsync(db, settings, context,
            new FeedHead(ApiRoutes.OrganisationFeed(slug), Routes.Organisation(slug), $"Sommes attribuées à {organisation.Label}",
                $"Les délibérations les plus récentes qui attribuent une somme à {organisation.Label}."),
            lines, cancellationToken);
    }

    /// <summary>A feed of one page of a resource's decisions, each entry dated by when its current text was imported.</summary>
    /// <remarks>The feed names the request's council and links under its address (<see cref="ExportSettings.For"/>).</remarks>
    private static async Task<AtomResult> DecisionsFeedAsync(DeliberationsDb db, ExportSettings settings, HttpContext context, FeedHead head, IReadOnlyList<FeedLine> lines, CancellationToken cancellationToken)
    {
        var council = CouncilScope.For(context);
        var site = settings.For(council);
        var siteUrl = site.SiteUrl;
        var imported = await ImportedAtAsync(db, lines.Select(l => l.Decision), cancellationToken);
        var entries = lines.Select(l => (Line: l, Entry: FeedEntry.Of(l.Decision, imported))).ToList();
        var feed = NewFeed(siteUrl, head.Path, head.Page, head.Title, head.Description, site.Collectivity, entries.Select(e => e.Entry.Updated));
        feed.Items = [.. entries.Select(e =>
        {
            var item = e.Entry.ToItem(siteUrl, e.Line.Status);
            if (e.Line.Category is { } category)
            {
                item.Categories.Add(category);
            }

            return item;
        })];
        return new AtomResult(feed);
    }

    /// <summary>When each decision's current text was imported, for the entries' dates: one query by number for the page's decisions.</summary>
    private static async Task<Dictionary<string, DateTime>> ImportedAtAsync(DeliberationsDb db, IEnumerable<DecisionSummary> decisions, CancellationToken cancellationToken)
    {
        var numbers = decisions.Select(d => d.Number).Distinct().ToList();
        return await db.Decisions.AsNoTracking().Where(d => numbers.Contains(d.Number))
            .Select(d => new { d.Number, d.CurrentDocument!.ImportedAt })
            .ToDictionaryAsync(d => d.Number, d => d.ImportedAt, cancellationToken);
    }

    private static SyndicationFeed NewFeed(string siteUrl, string path, string page, string title, string description, CollectivityOptions collectivity, IEnumerable<DateTimeOffset> updates)
    {
        var self = new Uri(siteUrl + path);
        // An empty feed is still valid Atom: its date is then the epoch rather than a changing "now".
        var feed = new SyndicationFeed(title, description, new Uri(siteUrl + page), self.AbsoluteUri, updates.DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max())
        {
            Language = "fr",
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, "application/atom+xml"));
        feed.Authors.Add(new SyndicationPerson { Name = collectivity.Name.Length > 0 ? collectivity.Name : "Délibérations" });
        return feed;
    }

    /// <summary>Where a feed lives, the page it stands for, and how it presents itself.</summary>
    private sealed record FeedHead(string Path, string Page, string Title, string Description);

    /// <summary>A decision of a resource's feed, with what the resource adds to it (a presence, an amount).</summary>
    private sealed record FeedLine(DecisionSummary Decision, string? Status, SyndicationCategory? Category = null);
}
