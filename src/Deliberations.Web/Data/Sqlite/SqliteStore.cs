using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Deliberations.Web.Data.Sqlite;

/// <summary>
/// The store in a SQLite file. A schema change is a migration of each engine; this one's:
/// <c>dotnet ef migrations add NAME --project src/Deliberations.Web --context SqliteStore --output-dir Data/Sqlite/Migrations</c>.
/// </summary>
public sealed class SqliteStore(DbContextOptions<SqliteStore> options) : DeliberationsDb(options);

/// <summary>Lets <c>dotnet ef</c> build the context without running the command line (which has no verb for it).</summary>
public sealed class SqliteStoreDesignFactory : IDesignTimeDbContextFactory<SqliteStore>
{
    public SqliteStore CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteStore>();
        new SqliteEngine("Data Source=design-time.db").Configure(options);
        return new SqliteStore(options.Options);
    }
}
