using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class OfficialSittingConfiguration : IEntityTypeConfiguration<OfficialSitting>
{
    public void Configure(EntityTypeBuilder<OfficialSitting> builder)
    {
        // An official's page reads its own rows; the import replaces a sitting's rows.
        builder.HasKey(s => new { s.OfficialId, s.SittingId });
        builder.HasIndex(s => s.SittingId);
        builder.HasOne<Official>().WithMany().HasForeignKey(s => s.OfficialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Sitting).WithMany().HasForeignKey(s => s.SittingId).OnDelete(DeleteBehavior.Cascade);
    }
}
