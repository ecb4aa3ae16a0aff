using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Deliberations.Web.Data.Postgres;

/// <summary>
/// New rows written by one binary <c>COPY</c> per call (Npgsql's binary importer): an extract's
/// 130 attendance lines in one command, where multi-row <c>INSERT</c>s took a round trip, a parse
/// and the server's work of a statement for every 16. Each value is sent as its column's type in
/// the EF Core model, which binary <c>COPY</c> needs exactly.
/// </summary>
internal sealed class PostgresRows : IRowsWriter
{
    private readonly NpgsqlConnection _connection;
    private readonly string _copy;
    private readonly string[] _types;

    public PostgresRows(NpgsqlConnection connection, IReadOnlyList<IProperty> columns)
    {
        _connection = connection;
        var table = columns[0].DeclaringType.ContainingEntityType.GetTableName();
        _copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName()}\""))}) FROM STDIN (FORMAT BINARY)";
        _types = [.. columns.Select(c => c.GetRelationalTypeMapping().StoreType)];
    }

    public void Write(int count, Func<int, int, object?> value)
    {
        if (count == 0)
        {
            return;
        }

        using var importer = _connection.BeginBinaryImport(_copy);
        for (var row = 0; row < count; row++)
        {
            importer.StartRow();
            for (var column = 0; column < _types.Length; column++)
            {
                if (NulFreeText.Clean(value(row, column)) is { } cell)
                {
                    importer.Write(cell, _types[column]);
                }
                else
                {
                    importer.WriteNull();
                }
            }
        }

        importer.Complete();
    }

    public void Dispose()
    {
    }
}
