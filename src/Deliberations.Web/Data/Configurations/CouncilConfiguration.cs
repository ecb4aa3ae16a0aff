using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> builder)
    {
        builder.HasIndex(c => c.Key).IsUnique();
        builder.HasIndex(c => c.Slug).IsUnique();

        // Sittings, decisions and officials name their council without a foreign key: adding one to a
        // SQLite table rebuilds it (every decision of a store copied), and no council is ever deleted.

        // The home council exists before any import, so that every row made before councils belongs to it.
        builder.HasData(new Council { Id = Council.HomeId, Name = "Métropole de Lyon", Key = "metropole de lyon", Slug = "", Kind = "métropole" });
    }
}
