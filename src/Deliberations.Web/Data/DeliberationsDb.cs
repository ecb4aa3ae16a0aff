using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Data;

/// <summary>
/// The register's store, one model for every engine. Each engine derives its own context type so
/// that it keeps its own migrations (<c>Data/&lt;Engine&gt;/Migrations</c>, applied at start; the
/// command that adds one is on each engine's type). The full-text index lives outside this model
/// (see <see cref="IDatabaseEngine"/>).
/// </summary>
public abstract class DeliberationsDb(DbContextOptions options) : DbContext(options)
{
    /// <summary>
    /// The council whose sittings, decisions and officials queries see (a filter on each of the three);
    /// null: every council, as the import and the store's checks need. Pooled contexts keep it from one
    /// lease to the next, so whoever takes a context sets it (<see cref="StorageServices"/>).
    /// </summary>
    public int? Council { get; set; } = Entities.Council.HomeId;

    public DbSet<Council> Councils => Set<Council>();

    public DbSet<Sitting> Sittings => Set<Sitting>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<SourceDocument> Documents => Set<SourceDocument>();

    public DbSet<DocumentDiagnostic> Diagnostics => Set<DocumentDiagnostic>();

    public DbSet<DecisionArticle> Articles => Set<DecisionArticle>();

    public DbSet<AttendanceEntry> Attendance => Set<AttendanceEntry>();

    public DbSet<Official> Officials => Set<Official>();

    public DbSet<OfficialSpelling> Spellings => Set<OfficialSpelling>();

    public DbSet<OfficialSitting> OfficialSittings => Set<OfficialSitting>();

    public DbSet<DecisionBudgetTable> BudgetTables => Set<DecisionBudgetTable>();

    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();

    public DbSet<DecisionImputation> Imputations => Set<DecisionImputation>();

    public DbSet<DecisionAmendment> Amendments => Set<DecisionAmendment>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<DecisionProject> DecisionProjects => Set<DecisionProject>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<BudgetGroup> BudgetGroups => Set<BudgetGroup>();

    public DbSet<StaleFigure> StaleFigures => Set<StaleFigure>();

    public DbSet<DecisionFacetCount> DecisionFacetCounts => Set<DecisionFacetCount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DeliberationsDb).Assembly);

        // EF Core sends "Council == null" as a parameter ("@p OR CouncilId = @c"), which SQLite cannot
        // plan with: queries keyed on one official or sitting, already of one council, ignore the filter
        // (Features/Officials/OfficialQuery, Features/Sittings/SittingQuery).
        modelBuilder.Entity<Sitting>().HasQueryFilter(s => Council == null || s.CouncilId == Council);
        modelBuilder.Entity<Decision>().HasQueryFilter(d => Council == null || d.CouncilId == Council);
        modelBuilder.Entity<Official>().HasQueryFilter(o => Council == null || o.CouncilId == Council);
        modelBuilder.Entity<DecisionFacetCount>().HasQueryFilter(c => Council == null || c.CouncilId == Council);
    }
}
