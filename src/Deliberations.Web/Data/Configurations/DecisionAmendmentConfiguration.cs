using System.Text.Json;
using Deliberations.Core.Model;
using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Deliberations.Web.Data.Configurations;

internal sealed class DecisionAmendmentConfiguration : IEntityTypeConfiguration<DecisionAmendment>
{
    public void Configure(EntityTypeBuilder<DecisionAmendment> builder)
    {
        // The changed figures are only ever read with their amendment: one JSON column is enough.
        builder.Property(a => a.Changes).HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            v => JsonSerializer.Deserialize<List<AmendedValue>>(v, JsonSerializerOptions.Default) ?? new List<AmendedValue>(),
            new ValueComparer<List<AmendedValue>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
    }
}
