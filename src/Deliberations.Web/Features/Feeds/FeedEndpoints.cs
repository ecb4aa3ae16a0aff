using System.ComponentModel;
using System.ServiceModel.Syndication;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Api;
using Deliberations.Web.Features.Exports;
using Deliberations.Web.Features.Shared;
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
        var official = await db.Officials.AsNoTracking().Where(o => o.Slug == slug)
            .Select(o => new { o.Id, Name = new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname), o.TermStart })
            .FirstOrDefaultAsync(cancellationToken);
        if (official is null)
        {
            return TypedResults.NotFound();
        }

        var lines = await db.Attendance.AsNoTracking().Where(a => a.OfficialId == official.Id)
            .OrderByDescending(a => a.Decision!.Sitting == null ? DateOnly.MinValue : a.Decision.Sitting.Date).ThenByDescending(a => a.Decision!.Number).Take(MaxEntries)
            .Select(a => new
            {
                Entry = new FeedEntry(a.Decision!.Number, a.Decision.Title, a.Decision.Sitting == null ? null : a.Decision.Sitting.Date, a.Decision.Sitting == null ? null : a.Decision.Sitting.Body, a.Decision.CurrentDocument!.ImportedAt),
                a.Status,
                Holder = a.ProxyHolder == null ? null : new OfficialName(a.ProxyHolder.Slug, a.ProxyHolder.Civility, a.ProxyHolder.FirstName, a.ProxyHolder.Surname),
            })
            .ToListAsync(cancellationToken);

        var siteUrl = publicUrl.Value.SiteUrl;
        var name = official.Name.Display;
        var feed = NewFeed(siteUrl, ApiRoutes.OfficialFeed(slug), Routes.Official(slug), $"Délibérations où figure {name}",
            $"Les délibérations où {name} (mandat commencé en {official.TermStart.Year}) est listé(e), avec sa présence.", collectivity.Value, lines.Select(l => l.Entry.Updated));
        feed.Items = [.. lines.Select(l =>
        {
            var item = l.Entry.ToItem(siteUrl, AttendanceWording.Describe(l.Status, official.Name.Civility, l.Holder?.Display));
            item.Categories.Add(new SyndicationCategory(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(l.Status.ToString()), null, AttendanceWording.Describe(l.Status, official.Name.Civility, null)));
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
