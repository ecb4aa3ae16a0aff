using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class SittingConfiguration : IEntityTypeConfiguration<Sitting>
{
    public void Configure(EntityTypeBuilder<Sitting> builder)
    {
        builder.HasIndex(s => new { s.CouncilId, s.Body, s.Date }).IsUnique();
        builder.HasIndex(s => s.Date);
    }
}
