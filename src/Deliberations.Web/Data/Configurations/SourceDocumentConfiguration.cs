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
        builder.HasIndex(d => d.Status);
        builder.HasMany(d => d.Diagnostics).WithOne().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
