using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class OfficialSpellingConfiguration : IEntityTypeConfiguration<OfficialSpelling>
{
    public void Configure(EntityTypeBuilder<OfficialSpelling> builder) =>
        builder.HasIndex(s => new { s.OfficialId, s.Spelling }).IsUnique();
}
