using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// The decisions as SCDL « Délibérations » rows, read in one streamed query. Each column is filled only
/// from what the extract states; the mapping is documented in docs/open-data.md.
/// </summary>
public static partial class ScdlDecisions
{
    public static async IAsyncEnumerable<ScdlDecisionRow> ReadAsync(DeliberationsDb db, CollectivityOptions collectivity, string siteUrl, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var decisions = db.Decisions.AsNoTracking()
            // Shorter numbers first within a day, as a sitting's page lists them: minutes' "- 2" before "- 10".
            .OrderBy(d => d.Sitting == null ? DateOnly.MinValue : d.Sitting.Date).ThenBy(d => d.OrderKey)
            .Select(d => new
            {
                d.Number,
                d.Title,
                d.Commission,
                d.PrefectureId,
                d.ReceivedDate,
                d.MembersInOffice,
                d.PresentCount,
                d.ProxyCount,
                Date = d.Sitting == null ? (DateOnly?)null : d.Sitting.Date,
                Imputations = d.Imputations.Select(i => new { i.Years, i.Budget }).ToList(),
            })
            .AsAsyncEnumerable();
        await foreach (var d in decisions.WithCancellation(cancellationToken))
        {
            var years = d.Imputations.SelectMany(i => i.Years).Distinct().Order().ToList();
            var budgets = d.Imputations.Select(i => i.Budget).Distinct().ToList();
            yield return new ScdlDecisionRow(
                collectivity.Name, collectivity.Siret, d.Number, d.Date,
                SubjectCode: null,
                // The schema allows the collectivity's own themes when ACTES codes are unknown: the commission is one.
                SubjectName: d.Commission,
                d.Title,
                BudgetYear: years.Count == 0 ? null : years.Count == 1 ? Year(years[0]) : Year(years[0]) + "/" + Year(years[^1]),
                BudgetName: budgets is [{ } budget] ? budget : null,
                PrefectureId: PrefectureOf(d.PrefectureId),
                PrefectureDate: d.ReceivedDate,
                d.MembersInOffice,
                // Present members plus those whose vote a colleague carried; unknown when no list was read.
                Voters: d.PresentCount > 0 ? d.PresentCount + d.ProxyCount : null,
                For: null, Against: null, Abstention: null,
                Url: siteUrl + Routes.Decision(d.Number));
        }
    }

    /// <summary>
    /// An ACTES acknowledgement (<c>069-200046977-20211213-271458-DE-1-1</c>) starts with the department of
    /// the prefecture that received the act: SCDL names that prefecture <c>PREF069</c>.
    /// </summary>
    public static string? PrefectureOf(string? acknowledgement) =>
        acknowledgement is not null && AcknowledgementDepartment().Match(acknowledgement) is { Success: true } m ? "PREF" + m.Groups[1].Value : null;

    private static string Year(int year) => year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{3}|02[AB])-\d{9}-")]
    private static partial Regex AcknowledgementDepartment();
}
