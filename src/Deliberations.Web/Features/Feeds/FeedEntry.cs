using System.ServiceModel.Syndication;
using Deliberations.Web.Features.Api;
using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Feeds;

/// <summary>A decision as a feed entry: its page as the entry's link and id, its JSON beside it.</summary>
public sealed record FeedEntry(string Number, string Title, DateOnly? Date, string? Body, DateTime ImportedAt)
{
    /// <summary>A decision of a list, dated by when its text was imported (<paramref name="importedAt"/> holds every listed number).</summary>
    public static FeedEntry Of(DecisionSummary decision, IReadOnlyDictionary<string, DateTime> importedAt) =>
        new(decision.Number, decision.Title, decision.Date, decision.Body, importedAt[decision.Number]);

    /// <summary>When the text was last imported: a corrected decision comes back to the readers' attention.</summary>
    public DateTimeOffset Updated => new(DateTime.SpecifyKind(ImportedAt, DateTimeKind.Utc));

    public SyndicationItem ToItem(string siteUrl, string? status)
    {
        var page = new Uri(siteUrl + Routes.Decision(Number));
        var sitting = Body is null ? "" : Date is { } d ? $"{Body} du {FrenchFormat.Date(d)}" : Body;
        var summary = string.Join(" — ", new[] { status, sitting, Title }.Where(s => !string.IsNullOrEmpty(s)));
        var item = new SyndicationItem($"{Number} : {Title}", summary, page, page.AbsoluteUri, Updated)
        {
            Summary = new TextSyndicationContent(summary),
        };
        if (Date is { } date)
        {
            item.PublishDate = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        item.Content = null;
        item.Links.Add(new SyndicationLink(new Uri(siteUrl + ApiRoutes.Decision(Number)), "alternate", "Données JSON", "application/json", 0));

        return item;
    }
}
