using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class DecisionFacetCountConfiguration : IEntityTypeConfiguration<DecisionFacetCount>
{
    public void Configure(EntityTypeBuilder<DecisionFacetCount> builder)
    {
        builder.HasOne(c => c.Sitting).WithMany().HasForeignKey(c => c.SittingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Rapporteur).WithMany().HasForeignKey(c => c.RapporteurId).OnDelete(DeleteBehavior.Restrict);
    }
}
