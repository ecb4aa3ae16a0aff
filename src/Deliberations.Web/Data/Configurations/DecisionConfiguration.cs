using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.HasIndex(d => new { d.CouncilId, d.Number }).IsUnique();
        builder.HasIndex(d => d.Commission);

        // Lists page through decisions newest sitting first on the first index alone (Features/Shared/NewestFirst);
        // the second serves the foreign key to the sitting and a sitting's decisions.
        builder.HasIndex(d => new { d.SittingDate, d.OrderKey });
        builder.HasIndex(d => new { d.SittingId, d.OrderKey });

        // An official's page pages the decisions they reported and presided in the same order, on these alone.
        builder.HasIndex(d => new { d.RapporteurId, d.SittingDate, d.OrderKey });
        builder.HasIndex(d => new { d.PresidentId, d.SittingDate, d.OrderKey });
        builder.HasOne(d => d.Sitting).WithMany(s => s.Decisions).HasForeignKey(d => d.SittingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Rapporteur).WithMany().HasForeignKey(d => d.RapporteurId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.President).WithMany().HasForeignKey(d => d.PresidentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Secretary).WithMany().HasForeignKey(d => d.SecretaryId).OnDelete(DeleteBehavior.Restrict);

        // The current version is one of the versions; the link back is the version's DecisionId. The
        // index finds a council's newest current text in one step: it names the state of its exports (ExportStamp).
        builder.HasIndex(d => new { d.CouncilId, d.CurrentDocumentId });
        builder.HasOne(d => d.CurrentDocument).WithMany().HasForeignKey(d => d.CurrentDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Versions).WithOne(v => v.Decision).HasForeignKey(v => v.DecisionId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(d => d.Articles).WithOne().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Attendance).WithOne(a => a.Decision).HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.BudgetTables).WithOne(t => t.Decision).HasForeignKey(t => t.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Imputations).WithOne(i => i.Decision).HasForeignKey(i => i.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Amendments).WithOne().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Projects).WithOne(p => p.Decision).HasForeignKey(p => p.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Grants).WithOne(g => g.Decision).HasForeignKey(g => g.DecisionId).OnDelete(DeleteBehavior.Cascade);
    }
}
