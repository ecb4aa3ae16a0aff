using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.Property(d => d.Text).HasConversion(CompressedText.Converter);
        builder.HasIndex(d => d.ContentHash).IsUnique();
        builder.HasIndex(d => new { d.DecisionId, d.Version });
        // Covers the count of documents to check (home page): read from the table, each of those rows
        // held its compressed text, and the count took 140 ms at 200,000 extracts.
        builder.HasIndex(d => new { d.Status, d.DecisionId });
        builder.HasMany(d => d.Diagnostics).WithOne().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
