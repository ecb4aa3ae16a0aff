using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Deliberations.Web.Data.Postgres;

/// <summary>
/// The store on a PostgreSQL server. A schema change is a migration of each engine; this one's:
/// <c>dotnet ef migrations add NAME --project src/Deliberations.Web --context PostgresStore --output-dir Data/Postgres/Migrations</c>.
/// </summary>
public sealed class PostgresStore(DbContextOptions<PostgresStore> options) : DeliberationsDb(options)
{
    /// <summary>
    /// Lists come out in the order SQLite gives them. Text compares and sorts by code point
    /// (collation <c>C</c>): under a server's language collation decision numbers sorted with their
    /// dashes ignored. NULL sorts low (<see cref="NullsLowSqlGenerator"/>), and the indexes on a
    /// nullable key keep it so, or no index could serve those orderings.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        var entities = modelBuilder.Model.GetEntityTypes().ToList();
        foreach (var property in entities.SelectMany(t => t.GetProperties()).Where(p => p.ClrType == typeof(string) && p.GetValueConverter() is null))
        {
            property.SetCollation("C");
        }

        // Names near a name typed, slips included (PostgresEngine.NearNames): pg_trgm's index of trigrams.
        modelBuilder.Entity<OfficialSpelling>().HasIndex(s => s.Key).HasMethod("gin").HasOperators("gin_trgm_ops");

        foreach (var index in entities.SelectMany(t => t.GetIndexes()).Where(i => i.Properties.Any(p => p.IsNullable)))
        {
            // An array: the migrations' code generator writes arrays, not any read-only list.
            index.SetNullSortOrder(index.Properties.Select((p, i) => (p.IsNullable, IsDescending(index, i)) switch
            {
                (true, false) or (false, true) => NullSortOrder.NullsFirst,
                _ => NullSortOrder.NullsLast,
            }).ToArray());
        }
    }

    /// <summary>Whether the index's column at <paramref name="position"/> is descending: an empty list says all are.</summary>
    private static bool IsDescending(IMutableIndex index, int position) => index.IsDescending is { } descending && (descending.Count == 0 || descending[position]);
}

/// <summary>Lets <c>dotnet ef</c> build the context; it never connects to add a migration.</summary>
public sealed class PostgresStoreDesignFactory : IDesignTimeDbContextFactory<PostgresStore>
{
    public PostgresStore CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresStore>();
        PostgresEngine.Configure(options, "Host=localhost;Database=design_time");
        return new PostgresStore(options.Options);
    }
}
