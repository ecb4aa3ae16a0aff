using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Deliberations.Web.Import.Rows;

/// <summary>
/// Writes entities on the context's open connection, inside whatever transaction it holds, without
/// the change tracker: an import writes about 180 rows per extract, which EF Core's
/// <c>SaveChanges</c> took 65–76 ms to store. One prepared statement per table, and per other SQL
/// text, lives as long as the import (<see cref="IDatabaseEngine.Prepare"/>).
/// </summary>
public sealed class RowWriter(DeliberationsDb db, IDatabaseEngine engine) : IDisposable
{
    private readonly Dictionary<IEntityType, TableRows> _tables = [];
    private readonly Dictionary<string, IPreparedStatement> _statements = new(StringComparer.Ordinal);
    private readonly List<IDisposable> _prepared = [];

    /// <summary>Writes a new row of <typeparamref name="T"/> and its unsaved principals; the generated key is set on the entity.</summary>
    public void Insert<T>(T entity)
        where T : class => For(typeof(T)).Insert(entity);

    /// <summary>Writes new rows of <typeparamref name="T"/> whose generated keys nobody reads (not set on the entities).</summary>
    public void InsertAll<T>(IEnumerable<T> entities)
        where T : class => For(typeof(T)).InsertAll([.. entities]);

    /// <summary>Rewrites every column of an existing row of <typeparamref name="T"/>.</summary>
    public void Update<T>(T entity)
        where T : class => For(typeof(T)).Update(entity);

    /// <summary>Runs a statement given as SQL with numbered parameters <c>?1</c>, <c>?2</c>…, prepared once per text.</summary>
    public void Execute(string sql, params object?[] values)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            _statements[sql] = statement = Prepare(sql);
        }

        for (var i = 0; i < values.Length; i++)
        {
            statement.Bind(i + 1, values[i]);
        }

        statement.Execute();
    }

    public void Dispose()
    {
        _prepared.ForEach(s => s.Dispose());
        _prepared.Clear();
        _tables.Clear();
        _statements.Clear();
    }

    internal TableRows For(Type type) =>
        For(db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model."));

    internal TableRows For(IEntityType type)
    {
        if (!_tables.TryGetValue(type, out var rows))
        {
            _tables[type] = rows = new TableRows(this, type);
        }

        return rows;
    }

    internal IPreparedStatement Prepare(string sql)
    {
        var statement = engine.Prepare(db, sql);
        _prepared.Add(statement);
        return statement;
    }

    internal IRowsWriter PrepareRows(IReadOnlyList<IProperty> columns)
    {
        var rows = engine.PrepareRows(db, columns);
        _prepared.Add(rows);
        return rows;
    }
}
