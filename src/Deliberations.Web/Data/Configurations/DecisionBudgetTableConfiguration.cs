using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class DecisionBudgetTableConfiguration : IEntityTypeConfiguration<DecisionBudgetTable>
{
    public void Configure(EntityTypeBuilder<DecisionBudgetTable> builder)
    {
        // In the order /budget lists a decision's tables: with the position, SQLite pages them along the
        // sittings' date index; with the decision alone it sorted every table of the register (25 ms at 20,000).
        builder.HasIndex(t => new { t.DecisionId, t.Position });
        builder.HasMany(t => t.Lines).WithOne().HasForeignKey(l => l.TableId).OnDelete(DeleteBehavior.Cascade);
    }
}
