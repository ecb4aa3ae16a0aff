using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Deliberations.Web.Data.Sqlite;

/// <summary>
/// One prepared SQLite statement, bound by position and stepped directly. For the import's rows,
/// Microsoft.Data.Sqlite looked every parameter up by name (a linear search in SQLite) and built a
/// data reader at each execution: most of the writer's time for the ~180 rows of an extract. Values are
/// stored as Microsoft.Data.Sqlite stores them, so EF Core reads the rows back unchanged.
/// </summary>
internal sealed class Statement : IPreparedStatement
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
            byte[] bytes => raw.sqlite3_bind_blob(_stmt, index, bytes),
            int i => raw.sqlite3_bind_int64(_stmt, index, i),
            bool b => raw.sqlite3_bind_int64(_stmt, index, b ? 1 : 0),
            decimal m => raw.sqlite3_bind_text(_stmt, index, m.ToString("0.0###########################", CultureInfo.InvariantCulture)),
            DateOnly d => raw.sqlite3_bind_text(_stmt, index, d.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            DateTime t => raw.sqlite3_bind_text(_stmt, index, t.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            _ => throw new InvalidOperationException($"No SQLite binding for a value of type {value.GetType().Name}."),
        };
        Check(rc);
    }

    /// <summary>Binds the parameter named <paramref name="name"/> (with its <c>$</c>); an unknown name fails as an index out of range.</summary>
    public void Bind(string name, object? value) => Bind(raw.sqlite3_bind_parameter_index(_stmt, name), value);

    /// <summary>Steps to the next row of a query: false past the last.</summary>
    public bool Read()
    {
        var rc = raw.sqlite3_step(_stmt);
        if (rc is not raw.SQLITE_DONE and not raw.SQLITE_ROW)
        {
            Check(rc);
        }

        return rc == raw.SQLITE_ROW;
    }

    public int Int(int column) => raw.sqlite3_column_int(_stmt, column);

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

    public long ExecuteScalar()
    {
        try
        {
            return Read() ? raw.sqlite3_column_int64(_stmt, 0) : throw new InvalidOperationException("The statement answered no row.");
        }
        finally
        {
            raw.sqlite3_reset(_stmt);
        }
    }

    public void Dispose() => _stmt.Dispose();

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);
}
