using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Deliberations.Web.Import.Rows;

/// <summary>
/// Writes the rows of one entity type through one prepared <c>INSERT</c> (and one <c>UPDATE</c>),
/// reused for every row. Table, columns and value conversions come from the EF Core model, so a row
/// reads back exactly as if EF Core had written it; a foreign key whose navigation holds an
/// unsaved principal (a new official, project, sitting) writes that principal first.
/// </summary>
internal sealed class TableRows
{
    private readonly RowWriter _writer;
    private readonly Column[] _columns;
    private readonly IProperty? _generatedKey;
    private readonly IProperty? _key;
    private readonly string _table;
    private DbCommand? _insert;
    private DbCommand? _update;

    public TableRows(RowWriter writer, IEntityType type)
    {
        _writer = writer;
        _table = type.GetTableName() ?? throw new InvalidOperationException($"{type.DisplayName()} has no table.");
        _key = type.FindPrimaryKey() is { Properties: [var key] } ? key : null;
        _generatedKey = _key?.ValueGenerated == ValueGenerated.OnAdd ? _key : null;
        var principals = type.GetForeignKeys()
            .Where(fk => fk.Properties.Count == 1 && fk.DependentToPrincipal is not null)
            .ToDictionary(fk => fk.Properties[0], fk => fk.DependentToPrincipal!);
        _columns = [.. type.GetProperties().Where(p => p != _generatedKey).Select(p => new Column(p, p.GetTypeMapping().Converter, principals.GetValueOrDefault(p)))];
    }

    /// <summary>Writes a new row; a store-generated key is read back into the entity.</summary>
    public void Insert(object entity)
    {
        _insert ??= Prepare(Statement(
            $"INSERT INTO \"{_table}\" ({string.Join(", ", _columns.Select(c => Quote(c.Property)))}) VALUES ({string.Join(", ", _columns.Select((_, i) => "$p" + i))})"
            + (_generatedKey is null ? "" : $" RETURNING {Quote(_generatedKey)}")));
        Bind(_insert, entity);
        if (_generatedKey is null)
        {
            _insert.ExecuteNonQuery();
        }
        else
        {
            _generatedKey.PropertyInfo!.SetValue(entity, Convert.ToInt32(_insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Rewrites every column of an existing row, found by its key.</summary>
    public void Update(object entity)
    {
        var key = _key ?? throw new InvalidOperationException($"\"{_table}\" has no single-column key to update by.");
        _update ??= Prepare(Statement(
            $"UPDATE \"{_table}\" SET {string.Join(", ", _columns.Select((c, i) => (c, i)).Where(x => x.c.Property != _key).Select(x => $"{Quote(x.c.Property)} = $p{x.i}"))} WHERE {Quote(key)} = $key"));
        Bind(_update, entity);
        _update.Parameters["$key"].Value = key.GetGetter().GetClrValue(entity);
        _update.ExecuteNonQuery();
    }

    /// <summary>The entity's key; 0 for an entity not written yet.</summary>
    public object? KeyOf(object entity) => _key?.GetGetter().GetClrValue(entity);

    private DbCommand Statement(string sql)
    {
        var command = _writer.CreateCommand(sql);
        for (var i = 0; i < _columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$p" + i;
            command.Parameters.Add(parameter);
        }

        if (sql.Contains("$key", StringComparison.Ordinal))
        {
            var key = command.CreateParameter();
            key.ParameterName = "$key";
            command.Parameters.Add(key);
        }

        return command;
    }

    private static DbCommand Prepare(DbCommand command)
    {
        command.Prepare();
        return command;
    }

    private void Bind(DbCommand command, object entity)
    {
        command.Transaction = _writer.Transaction;
        for (var i = 0; i < _columns.Length; i++)
        {
            command.Parameters[i].Value = Value(_columns[i], entity) ?? DBNull.Value;
        }
    }

    private object? Value(Column column, object entity)
    {
        if (column.Principal?.GetGetter().GetClrValue(entity) is { } principal)
        {
            var rows = _writer.For(column.Principal.TargetEntityType);
            if (rows.KeyOf(principal) is 0)
            {
                rows.Insert(principal);
            }

            return rows.KeyOf(principal);
        }

        var value = column.Property.GetGetter().GetClrValue(entity);
        return value is null || column.Converter is null ? value : column.Converter.ConvertToProvider(value);
    }

    private static string Quote(IProperty property) => $"\"{property.GetColumnName()}\"";

    private sealed record Column(IProperty Property, ValueConverter? Converter, INavigation? Principal);
}
