using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Deliberations.Web.Data.Postgres;

/// <summary>
/// PostgreSQL text cannot hold the character U+0000, which SQLite keeps: a query string with
/// <c>%00</c> failed the page with a 500, and a document holding one could not be stored. It is
/// taken out of every text sent to the server; the source itself is stored as bytes, whole.
/// </summary>
internal sealed class NulFreeText : DbCommandInterceptor
{
    public static readonly NulFreeText Instance = new();

    public static object? Clean(object? value) => value is string text && text.Contains('\0', StringComparison.Ordinal) ? text.Replace("\0", "", StringComparison.Ordinal) : value;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        CleanParameters(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        CleanParameters(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        CleanParameters(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        CleanParameters(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        CleanParameters(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        CleanParameters(command);
        return ValueTask.FromResult(result);
    }

    private static void CleanParameters(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            parameter.Value = parameter.Value is string[] texts ? Array.ConvertAll(texts, t => (string)Clean(t)!) : Clean(parameter.Value);
        }
    }
}
