using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasIndex(o => o.Key).IsUnique();
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.HasMany(o => o.Grants).WithOne(g => g.Organisation).HasForeignKey(g => g.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
