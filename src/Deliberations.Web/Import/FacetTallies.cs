using Deliberations.Web.Data.Entities;
using Deliberations.Web.Import.Rows;

namespace Deliberations.Web.Import;

/// <summary>
/// Counts again the decisions of the sittings a batch touched, per commission and rapporteur
/// (<see cref="DecisionFacetCount"/>), in the batch's own transaction: the list's counts and its
/// pages never disagree with the decisions it shows, even while an import runs. The undated
/// decisions, few, are counted again with every batch, per council.
/// </summary>
public static class FacetTallies
{
    private const string DeleteSql = "DELETE FROM \"DecisionFacetCounts\" WHERE \"SittingId\" IS NOT DISTINCT FROM ?1";

    private const string CountSql = """
        INSERT INTO "DecisionFacetCounts" ("CouncilId", "SittingId", "Commission", "RapporteurId", "Count")
        SELECT "CouncilId", "SittingId", "Commission", "RapporteurId", COUNT(*) FROM "Decisions" WHERE "SittingId" IS NOT DISTINCT FROM ?1
        GROUP BY "CouncilId", "SittingId", "Commission", "RapporteurId"
        """;

    public static void Recount(RowWriter rows, IEnumerable<int> sittingIds)
    {
        foreach (var sitting in sittingIds.Select(id => (int?)id).Append(null))
        {
            rows.Execute(DeleteSql, sitting);
            rows.Execute(CountSql, sitting);
        }
    }
}
