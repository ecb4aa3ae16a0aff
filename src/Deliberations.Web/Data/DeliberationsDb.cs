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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DeliberationsDb).Assembly);
}
