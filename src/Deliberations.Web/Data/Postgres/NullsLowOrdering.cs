using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Query.Internal;

namespace Deliberations.Web.Data.Postgres;

// Npgsql's SQL generator is marked as internal API (EF1001): this is the one place it is extended,
// and a new provider version that changes it fails this file's build, not a query at run time.
#pragma warning disable EF1001

/// <summary>
/// Orders NULL as SQLite does, below every value: <c>ASC NULLS FIRST</c>, <c>DESC NULLS LAST</c>.
/// PostgreSQL's default is the reverse, so a list sorted on a nullable key (a decision without a
/// sitting date, a grant without a date) came out in another order on each engine. The clause is
/// left out where the key cannot be NULL: there the engines agree already, and a plain index still
/// serves the ordering. The indexes on nullable keys are declared with the same option
/// (<see cref="PostgresStore"/>), so they serve these orderings in both directions.
/// </summary>
internal sealed class NullsLowSqlGenerator(QuerySqlGeneratorDependencies dependencies, IRelationalTypeMappingSource typeMappingSource, Version postgresVersion)
    : NpgsqlQuerySqlGenerator(dependencies, typeMappingSource, reverseNullOrderingEnabled: false, postgresVersion)
{
    protected override Expression VisitOrdering(OrderingExpression ordering)
    {
        var result = base.VisitOrdering(ordering);
        if (ordering.Expression is not ColumnExpression { IsNullable: false } and not SqlConstantExpression and not SqlParameterExpression)
        {
            Sql.Append(ordering.IsAscending ? " NULLS FIRST" : " NULLS LAST");
        }

        return result;
    }
}

/// <summary>Gives EF Core the <see cref="NullsLowSqlGenerator"/> (registered by <see cref="PostgresEngine.Configure"/>).</summary>
internal sealed class NullsLowSqlGeneratorFactory(QuerySqlGeneratorDependencies dependencies, IRelationalTypeMappingSource typeMappingSource, INpgsqlSingletonOptions options)
    : IQuerySqlGeneratorFactory
{
    public QuerySqlGenerator Create() => new NullsLowSqlGenerator(dependencies, typeMappingSource, options.PostgresVersion);
}
