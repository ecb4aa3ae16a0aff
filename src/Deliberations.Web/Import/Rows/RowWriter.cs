using System.Data.Common;
using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Deliberations.Web.Import.Rows;

/// <summary>
/// Writes entities on the context's connection and current transaction without the change tracker:
/// an import writes about 250 rows per extract, which EF Core's <c>SaveChanges</c> took 65–76 ms
/// to store. One prepared statement per table, and per other SQL text, lives as long as the import.
/// </summary>
public sealed class RowWriter(DeliberationsDb db) : IDisposable
{
    private readonly Dictionary<IEntityType, TableRows> _tables = [];
    private readonly Dictionary<string, DbCommand> _statements = new(StringComparer.Ordinal);
    private readonly List<DbCommand> _commands = [];

    internal DbTransaction? Transaction => db.Database.CurrentTransaction?.GetDbTransaction();

    /// <summary>Writes a new row of <typeparamref name="T"/> and its unsaved principals; the generated key is set on the entity.</summary>
    public void Insert<T>(T entity)
        where T : class => For(typeof(T)).Insert(entity);

    /// <summary>Writes new rows of <typeparamref name="T"/> whose generated keys nobody reads (not set on the entities).</summary>
    public void InsertAll<T>(IEnumerable<T> entities)
        where T : class => For(typeof(T)).InsertAll([.. entities]);

    /// <summary>Rewrites every column of an existing row of <typeparamref name="T"/>.</summary>
    public void Update<T>(T entity)
        where T : class => For(typeof(T)).Update(entity);

    /// <summary>Runs a statement given as SQL with positional parameters <c>$0</c>, <c>$1</c>…, prepared once per text.</summary>
    public void Execute(string sql, params object?[] values)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            command = CreateCommand(sql);
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "$" + i;
                command.Parameters.Add(parameter);
            }

            command.Prepare();
            _statements[sql] = command;
        }

        command.Transaction = Transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _commands.ForEach(c => c.Dispose());
        _commands.Clear();
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

    internal DbCommand CreateCommand(string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        _commands.Add(command);
        return command;
    }
}
