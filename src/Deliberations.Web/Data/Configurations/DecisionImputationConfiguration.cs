using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class DecisionImputationConfiguration : IEntityTypeConfiguration<DecisionImputation>
{
    public void Configure(EntityTypeBuilder<DecisionImputation> builder)
    {
        builder.HasIndex(i => new { i.Year, i.Chapter });
        builder.HasIndex(i => i.DecisionId);
    }
}
