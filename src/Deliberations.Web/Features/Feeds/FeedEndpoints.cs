using System.ComponentModel;
using System.ServiceModel.Syndication;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Api;
using Deliberations.Web.Features.Exports;
using Deliberations.Web.Features.Officials;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Features.Shared.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Features.Feeds;

/// <summary><c>/flux.atom</c> (the latest decisions) and <c>/elus/{slug}/flux.atom</c> (the decisions that list one official).</summary>
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
    }

    public static async Task<AtomResult> LatestAsync(DeliberationsDb db, IOptions<CollectivityOptions> collectivity, IOptions<PublicUrlOptions> publicUrl, CancellationToken cancellationToken)
    {
        var entries = await db.Decisions.AsNoTracking()
            .PageNewestFirst(0, MaxEntries)
            .Select(d => new FeedEntry(d.Number, d.Title, d.Sitting == null ? null : d.Sitting.Date, d.Sitting == null ? null : d.Sitting.Body, d.CurrentDocument!.ImportedAt))
            .ToListAsync(cancellationToken);
        var siteUrl = publicUrl.Value.SiteUrl;
        var feed = NewFeed(siteUrl, ApiRoutes.LatestFeed, "/", $"Délibérations : {collectivity.Value.Name}", "Les délibérations les plus récentes du Conseil et de la Commission permanente.", collectivity.Value, entries.Select(e => e.Updated));
        feed.Items = [.. entries.Select(e => e.ToItem(siteUrl))];
        return new AtomResult(feed);
    }

    public static async Task<Results<AtomResult, NotFound>> OfficialAsync(DeliberationsDb db, IOptions<CollectivityOptions> collectivity, IOptions<PublicUrlOptions> publicUrl,
        [Description("Identifiant de l'élu : `mme-baume-2020`.")] string slug, CancellationToken cancellationToken)
    {
        // The official's read model, first page only: the lines are read by sitting, not sorted whole.
        var official = await new OfficialQuery(db).RunAsync(slug, new OfficialPages(total => new Paging(1, MaxEntries, total), total => new Paging(1, 1, total)), cancellationToken);
        if (official is null)
        {
            return TypedResults.NotFound();
        }

        var numbers = official.Decisions.Items.Select(l => l.Decision.Number).ToList();
        var imported = await db.Decisions.AsNoTracking().Where(d => numbers.Contains(d.Number))
            .Select(d => new { d.Number, d.CurrentDocument!.ImportedAt })
            .ToDictionaryAsync(d => d.Number, d => d.ImportedAt, cancellationToken);
        var lines = official.Decisions.Items.Select(l => new
        {
            Entry = new FeedEntry(l.Decision.Number, l.Decision.Title, l.Decision.Date, l.Decision.Body, imported[l.Decision.Number]),
            l.Status,
            Holder = l.ProxyHolder,
        }).ToList();

        var siteUrl = publicUrl.Value.SiteUrl;
        var name = official.Facts.Name.Display;
        var feed = NewFeed(siteUrl, ApiRoutes.OfficialFeed(official.Facts.Name.Slug), Routes.Official(official.Facts.Name.Slug), $"Délibérations où figure {name}",
            $"Les délibérations où {name} (mandat commencé en {official.Facts.TermStart.Year}) est listé(e), avec sa présence.", collectivity.Value, lines.Select(l => l.Entry.Updated));
        feed.Items = [.. lines.Select(l =>
        {
            var item = l.Entry.ToItem(siteUrl, AttendanceWording.Describe(l.Status, official.Facts.Name.Civility, l.Holder?.Display));
            item.Categories.Add(new SyndicationCategory(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(l.Status.ToString()), null, AttendanceWording.Describe(l.Status, official.Facts.Name.Civility, null)));
            return item;
        })];
        return new AtomResult(feed);
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
}
