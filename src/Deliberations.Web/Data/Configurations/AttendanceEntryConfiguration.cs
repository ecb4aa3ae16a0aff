using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class AttendanceEntryConfiguration : IEntityTypeConfiguration<AttendanceEntry>
{
    public void Configure(EntityTypeBuilder<AttendanceEntry> builder)
    {
        // An official's page reads every line of one official; a decision page every line of one decision.
        builder.HasIndex(a => new { a.OfficialId, a.DecisionId });
        builder.HasIndex(a => new { a.DecisionId, a.Position });

        // Only the lines of a proxy, 7 % of them: every query on the holder asks for one, and the other
        // 93 % (all NULL) cost an index insert each in an import and 22 MB of a 20,000-extract store.
        // By decision, so an official's page reads the votes they carried in the decisions of a few
        // sittings (a page of the list, or of their decisions) without reading the others; the giver
        // too, so the proxies held are counted per giver on the index alone (reading the lines for it
        // took 20 ms for the busiest official at 200,000 extracts).
        builder.HasIndex(a => new { a.ProxyHolderId, a.DecisionId, a.OfficialId }).HasFilter("\"ProxyHolderId\" IS NOT NULL");

        // The same lines from the giver's side: an official's page lists whom they gave their vote to.
        builder.HasIndex(a => new { a.OfficialId, a.DecisionId, a.ProxyHolderId }).HasFilter("\"ProxyHolderId\" IS NOT NULL");
        builder.HasOne(a => a.Official).WithMany().HasForeignKey(a => a.OfficialId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.ProxyHolder).WithMany().HasForeignKey(a => a.ProxyHolderId).OnDelete(DeleteBehavior.Restrict);
    }
}
