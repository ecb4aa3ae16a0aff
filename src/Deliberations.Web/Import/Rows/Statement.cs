using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Deliberations.Web.Import.Rows;

/// <summary>
/// One prepared SQLite statement, bound by position and stepped directly. Microsoft.Data.Sqlite
/// looked every parameter up by name (a linear search in SQLite) and built a data reader at each
/// execution: most of the writer's time for the ~180 rows of an extract. Values are stored as
/// Microsoft.Data.Sqlite stores them, so EF Core reads the rows back unchanged.
/// </summary>
internal sealed class Statement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public Statement(sqlite3 db, string sql)
    {
        _db = db;
        Check(raw.sqlite3_prepare_v3(db, sql, raw.SQLITE_PREPARE_PERSISTENT, out _stmt, out _));
    }

    /// <summary>Binds the parameter at <paramref name="index"/> (from 1) to a provider value: after EF Core's value converter, if any.</summary>
    public void Bind(int index, object? value)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(_stmt, index),
            string s => raw.sqlite3_bind_text(_stmt, index, s),
            int i => raw.sqlite3_bind_int64(_stmt, index, i),
            bool b => raw.sqlite3_bind_int64(_stmt, index, b ? 1 : 0),
            decimal m => raw.sqlite3_bind_text(_stmt, index, m.ToString("0.0###########################", CultureInfo.InvariantCulture)),
            DateOnly d => raw.sqlite3_bind_text(_stmt, index, d.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            DateTime t => raw.sqlite3_bind_text(_stmt, index, t.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            _ => throw new InvalidOperationException($"No SQLite binding for a value of type {value.GetType().Name}."),
        };
        Check(rc);
    }

    /// <summary>Runs the statement once with the values bound; it is ready to be bound again after.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_stmt);
        raw.sqlite3_reset(_stmt);
        if (rc is not raw.SQLITE_DONE and not raw.SQLITE_ROW)
        {
            Check(rc);
        }
    }

    /// <summary>The rowid of the last row inserted on this connection.</summary>
    public long LastInsertRowId() => raw.sqlite3_last_insert_rowid(_db);

    public void Dispose() => _stmt.Dispose();

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);
}
