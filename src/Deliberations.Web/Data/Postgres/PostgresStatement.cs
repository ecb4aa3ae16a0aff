using System.Text.RegularExpressions;
using Npgsql;

namespace Deliberations.Web.Data.Postgres;

/// <summary>
/// One statement of the import, prepared on the server at its first run and bound by position. The
/// import writes its SQL with SQLite's numbered parameters (<c>?1</c>), which become PostgreSQL's
/// (<c>$1</c>); the import's SQL holds no string literal a question mark could hide in.
/// </summary>
internal sealed partial class PostgresStatement : IPreparedStatement
{
    private readonly NpgsqlCommand _command;
    private bool _prepared;

    public PostgresStatement(NpgsqlConnection connection, string sql)
    {
        // Npgsql runs a command in the connection's transaction, whichever batch of the import it is.
        _command = new NpgsqlCommand(Numbered().Replace(sql, "$$$1"), connection);
    }

    public void Bind(int index, object? value)
    {
        while (_command.Parameters.Count < index)
        {
            _command.Parameters.Add(new NpgsqlParameter());
        }

        _command.Parameters[index - 1].Value = NulFreeText.Clean(value) ?? DBNull.Value;
    }

    public void Execute()
    {
        Prepare();
        _command.ExecuteNonQuery();
    }

    public long ExecuteScalar()
    {
        Prepare();
        return Convert.ToInt64(_command.ExecuteScalar() ?? throw new InvalidOperationException("The statement answered no row."), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _command.Dispose();

    /// <summary>Prepared once its parameters are bound, so their types are known.</summary>
    private void Prepare()
    {
        if (!_prepared)
        {
            _command.Prepare();
            _prepared = true;
        }
    }

    [GeneratedRegex(@"\?(\d+)")]
    private static partial Regex Numbered();
}
