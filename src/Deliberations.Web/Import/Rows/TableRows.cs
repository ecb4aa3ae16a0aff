using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Deliberations.Web.Import.Rows;

/// <summary>
/// Writes the rows of one entity type through statements prepared once and reused for every row.
/// Table, columns and value conversions come from the EF Core model, so a row reads back exactly as
/// if EF Core had written it; a foreign key whose navigation holds an unsaved principal (a new
/// official, project, sitting) writes that principal first.
/// </summary>
internal sealed class TableRows
{
    private readonly RowWriter _writer;
    private readonly Column[] _columns;
    private readonly IProperty? _generatedKey;
    private readonly IProperty? _key;
    private readonly string _table;
    private IRowsWriter? _rows;
    private IPreparedStatement? _insertReturningKey;
    private IPreparedStatement? _update;

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
        if (_generatedKey is null)
        {
            InsertAll([entity]);
            return;
        }

        WritePrincipals(entity);
        _insertReturningKey ??= _writer.Prepare($"{InsertStatement()} RETURNING {Quote(_generatedKey)}");
        Bind(_insertReturningKey, entity);
        _generatedKey.PropertyInfo!.SetValue(entity, checked((int)_insertReturningKey.ExecuteScalar()));
    }

    /// <summary>Writes new rows whose keys nobody needs back, many at a time (<see cref="IDatabaseEngine.PrepareRows"/>).</summary>
    public void InsertAll(IReadOnlyList<object> entities)
    {
        foreach (var entity in entities)
        {
            WritePrincipals(entity);
        }

        _rows ??= _writer.PrepareRows([.. _columns.Select(c => c.Property)]);
        _rows.Write(entities.Count, (row, column) => Value(_columns[column], entities[row]));
    }

    /// <summary>Rewrites every column of an existing row, found by its key.</summary>
    public void Update(object entity)
    {
        var key = _key ?? throw new InvalidOperationException($"\"{_table}\" has no single-column key to update by.");
        var assignments = _columns.Select((c, i) => (c, i)).Where(x => x.c.Property != key).Select(x => $"{Quote(x.c.Property)} = ?{x.i + 1}");
        _update ??= _writer.Prepare($"UPDATE \"{_table}\" SET {string.Join(", ", assignments)} WHERE {Quote(key)} = ?{_columns.Length + 1}");
        WritePrincipals(entity);
        Bind(_update, entity);
        _update.Bind(_columns.Length + 1, key.GetGetter().GetClrValue(entity));
        _update.Execute();
    }

    /// <summary>The entity's key; 0 for an entity not written yet.</summary>
    public object? KeyOf(object entity) => _key?.GetGetter().GetClrValue(entity);

    /// <summary>Writes the entity's principals not written yet, so that its row can point at them.</summary>
    private void WritePrincipals(object entity)
    {
        foreach (var column in _columns)
        {
            if (column.Principal?.GetGetter().GetClrValue(entity) is { } principal)
            {
                var rows = _writer.For(column.Principal.TargetEntityType);
                if (rows.KeyOf(principal) is 0)
                {
                    rows.Insert(principal);
                }
            }
        }
    }

    private string InsertStatement() =>
        $"INSERT INTO \"{_table}\" ({string.Join(", ", _columns.Select(c => Quote(c.Property)))}) VALUES ({string.Join(", ", _columns.Select((_, i) => "?" + (i + 1)))})";

    private void Bind(IPreparedStatement statement, object entity)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            statement.Bind(i + 1, Value(_columns[i], entity));
        }
    }

    /// <summary>The column's value as the store holds it: a principal's key, or the property after its value converter.</summary>
    private object? Value(Column column, object entity)
    {
        if (column.Principal?.GetGetter().GetClrValue(entity) is { } principal)
        {
            return _writer.For(column.Principal.TargetEntityType).KeyOf(principal);
        }

        var value = column.Property.GetGetter().GetClrValue(entity);
        return value is null || column.Converter is null ? value : column.Converter.ConvertToProvider(value);
    }

    private static string Quote(IProperty property) => $"\"{property.GetColumnName()}\"";

    private sealed record Column(IProperty Property, ValueConverter? Converter, INavigation? Principal);
}
