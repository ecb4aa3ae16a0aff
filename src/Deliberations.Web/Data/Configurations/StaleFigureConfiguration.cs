using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class StaleFigureConfiguration : IEntityTypeConfiguration<StaleFigure>
{
    public void Configure(EntityTypeBuilder<StaleFigure> builder) => builder.HasKey(s => new { s.Kind, s.Id });
}
