using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Deliberations.Web.Import;

/// <summary>
/// The index of attendance by official, built after the rows when an import fills an empty store.
/// Each extract adds ~130 attendance rows spread over the term's few hundred officials, so every
/// row landed on another page of that index: those pages were dirtied, journalled for the
/// document's savepoint and written again at every commit, about half of the cost of writing an
/// extract. Sorting the finished table into a new index costs a few seconds for 20,000 extracts.
/// The index is created from the EF Core model exactly as the migration creates it. An import
/// killed in between leaves a store without it, which the next import or start puts back.
/// </summary>
public static class DeferredIndexes
{
    /// <summary>Before an import: drops the index when it fills an empty store, else makes sure it is there.</summary>
    public static async Task BeginAsync(DeliberationsDb db, IDatabaseEngine engine, bool filling, CancellationToken cancellationToken)
    {
        if (!filling)
        {
            await RestoreAsync(db, engine, cancellationToken);
        }
        else if (await engine.HasIndexAsync(db, Index(db).Name, cancellationToken))
        {
            // Absent when an earlier import into this empty store stopped (a full disk) before restoring it.
            var index = Index(db);
            await RunAsync(db, new DropIndexOperation { Name = index.Name, Table = index.Table.Name }, cancellationToken);
        }
    }

    /// <summary>Creates the index if the store lacks it: after a bulk load, or after an import that was killed before it could.</summary>
    public static async Task RestoreAsync(DeliberationsDb db, IDatabaseEngine engine, CancellationToken cancellationToken)
    {
        if (await engine.HasIndexAsync(db, Index(db).Name, cancellationToken))
        {
            return;
        }

        var index = Index(db);

        // Not CreateIndexOperation.CreateFrom: it reads the sort orders, which only the design-time model has.
        var create = new CreateIndexOperation { Name = index.Name, Table = index.Table.Name, Columns = [.. index.Columns.Select(c => c.Name)], IsUnique = index.IsUnique };
        await RunAsync(db, create, cancellationToken);
    }

    /// <summary>Runs a schema change as the migrations would write it, so the store ends as they leave it.</summary>
    private static async Task RunAsync(DeliberationsDb db, MigrationOperation operation, CancellationToken cancellationToken)
    {
        foreach (var command in db.GetService<IMigrationsSqlGenerator>().Generate([operation], db.Model))
        {
            await db.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken);
        }
    }

    private static ITableIndex Index(DeliberationsDb db)
    {
        var attendance = db.Model.FindEntityType(typeof(AttendanceEntry)) ?? throw new InvalidOperationException("Attendance is not in the model.");
        var byOfficial = attendance.GetIndexes().Single(i => i.Properties is [{ Name: nameof(AttendanceEntry.OfficialId) }, { Name: nameof(AttendanceEntry.DecisionId) }]);
        return byOfficial.GetMappedTableIndexes().Single();
    }
}
