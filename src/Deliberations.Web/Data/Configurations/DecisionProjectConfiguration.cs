using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class DecisionProjectConfiguration : IEntityTypeConfiguration<DecisionProject>
{
    public void Configure(EntityTypeBuilder<DecisionProject> builder)
    {
        builder.HasKey(p => new { p.DecisionId, p.ProjectId });
        builder.HasIndex(p => p.ProjectId);
    }
}
