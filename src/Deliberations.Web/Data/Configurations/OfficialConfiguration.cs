using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> builder)
    {
        builder.HasIndex(o => new { o.CouncilId, o.Slug }).IsUnique();
        builder.HasIndex(o => new { o.TermStart, o.Civility, o.SurnameKey });
        builder.HasIndex(o => o.SurnameKey);
        builder.HasMany(o => o.Spellings).WithOne().HasForeignKey(s => s.OfficialId).OnDelete(DeleteBehavior.Cascade);
    }
}
