using Deliberations.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Deliberations.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without running the command line (which has no verb for it).</summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<DeliberationsDb>
{
    public DeliberationsDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DeliberationsDb>();
        new SqliteEngine("Data Source=design-time.db").Configure(options);
        return new DeliberationsDb(options.Options);
    }
}
