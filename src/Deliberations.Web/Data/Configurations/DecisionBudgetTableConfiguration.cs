using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class DecisionBudgetTableConfiguration : IEntityTypeConfiguration<DecisionBudgetTable>
{
    public void Configure(EntityTypeBuilder<DecisionBudgetTable> builder)
    {
        builder.HasIndex(t => t.DecisionId);
        builder.HasMany(t => t.Lines).WithOne().HasForeignKey(l => l.TableId).OnDelete(DeleteBehavior.Cascade);
    }
}
