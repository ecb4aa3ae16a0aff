using Npgsql;
using NpgsqlTypes;

namespace Deliberations.Web.Data.Postgres;

/// <summary>
/// Full-text search on PostgreSQL: each decision's words in a stored <c>tsvector</c> under a GIN
/// index (<c>decision_search</c>, made by the migrations), read through the text search
/// configuration <c>deliberations_fr</c>: French stemming, accents ignored (<c>unaccent</c>). What
/// a visitor typed is only ever a parameter: each word is quoted for <c>websearch_to_tsquery</c>, so
/// none reads as an operator, and the last one is a prefix as on every engine (<see cref="SearchWords"/>).
/// </summary>
internal static class PostgresSearch
{
    private const string Config = "deliberations_fr";

    /// <summary>A word in the number or title says more than one deep in the report (weights A, B, D).</summary>
    private const string IndexSql = $"""
        INSERT INTO decision_search ("DecisionId", document)
        VALUES ($1, setweight(to_tsvector('{Config}', $2), 'A') || setweight(to_tsvector('{Config}', $3), 'A')
            || setweight(to_tsvector('{Config}', $4), 'B') || setweight(to_tsvector('{Config}', $5), 'B')
            || setweight(to_tsvector('{Config}', $6), 'D'))
        ON CONFLICT ("DecisionId") DO UPDATE SET document = EXCLUDED.document
        """;

    /// <summary>The words but the last, and the last as a prefix; an empty part matches everything it is joined to.</summary>
    private const string QuerySql = $"(websearch_to_tsquery('{Config}', @words) && to_tsquery('{Config}', quote_literal(@last) || ':*'))";

    public static async Task IndexAsync(NpgsqlConnection connection, IReadOnlyCollection<SearchEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection);
        foreach (var entry in entries)
        {
            var command = new NpgsqlBatchCommand(IndexSql);
            command.Parameters.Add(new NpgsqlParameter { Value = entry.DecisionId });
            foreach (var text in new[] { entry.Number, entry.Title, entry.People, entry.Projects, entry.Text })
            {
                command.Parameters.Add(new NpgsqlParameter { Value = NulFreeText.Clean(text), NpgsqlDbType = NpgsqlDbType.Text });
            }

            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<SearchHits> FindAsync(NpgsqlConnection connection, SearchRequest request, CancellationToken cancellationToken)
    {
        if (Words(request.Query) is not { } typed || SearchWords.TermsOf(request.Query) is not { } terms)
        {
            return SearchHits.None;
        }

        var words = typed;
        var byFallback = false;
        if (request.Fallback is not null && Words(request.Fallback) is { } fallback && !await AnyAsync(connection, typed, cancellationToken))
        {
            (words, byFallback) = (fallback, true);
        }

        await using var command = new NpgsqlCommand(Sql(request.Order, request.Filter), connection);
        if (request.Filter.Council is { } council)
        {
            command.Parameters.AddWithValue("council", council);
        }

        Bind(command, words);
        command.Parameters.AddWithValue("offset", request.Offset);

        // One row past the page says whether there is a next one.
        command.Parameters.AddWithValue("limit", request.Limit + 1);
        if (request.Filter.Year is { } year)
        {
            command.Parameters.AddWithValue("from", new DateOnly(year, 1, 1));
            command.Parameters.AddWithValue("to", new DateOnly(year + 1, 1, 1));
        }

        if (request.Filter.Body is { } body)
        {
            command.Parameters.AddWithValue("body", NulFreeText.Clean(body)!);
        }

        var ids = new List<int>(request.Limit + 1);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt32(0));
            }
        }

        var more = ids.Count > request.Limit;
        return new SearchHits(more ? ids[..request.Limit] : ids, more, terms) { ByFallback = byFallback };
    }

    /// <summary>The words but the last, each quoted; and the last: null when nothing is left to search.</summary>
    private static (string Words, string Last)? Words(string query)
    {
        var words = SearchWords.Of(query).Select(w => w.Replace("\"", " ", StringComparison.Ordinal)).ToList();
        return words.Count == 0 ? null : (string.Join(' ', words[..^1].Select(w => "\"" + w + "\"")), words[^1]);
    }

    private static void Bind(NpgsqlCommand command, (string Words, string Last) words)
    {
        command.Parameters.AddWithValue("words", words.Words);
        command.Parameters.AddWithValue("last", words.Last);
    }

    private static async Task<bool> AnyAsync(NpgsqlConnection connection, (string Words, string Last) words, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT 1 FROM decision_search WHERE document @@ {QuerySql} LIMIT 1", connection);
        Bind(command, words);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>Newest first, or the most relevant among the newest <see cref="SearchRequest.RelevanceCandidates"/> matches.</summary>
    private static string Sql(SearchOrder order, SearchFilter filter) => order == SearchOrder.Newest
        ? Newest(filter, "d.\"Id\"") + "\nLIMIT @limit OFFSET @offset"
        : $"""
            WITH candidates AS MATERIALIZED ({Newest(filter, "d.\"Id\", d.\"SittingDate\", d.\"OrderKey\", s.document")} LIMIT {SearchRequest.RelevanceCandidates})
            SELECT "Id" FROM candidates
            ORDER BY ts_rank_cd(ARRAY[0.1, 0.2, 0.4, 1.0]::real[], document, {QuerySql}) DESC, "SittingDate" DESC NULLS LAST, "OrderKey" DESC
            LIMIT @limit OFFSET @offset
            """;

    /// <summary>Decisions of no known sitting last, as on SQLite, which sorts nulls first.</summary>
    private static string Newest(SearchFilter filter, string columns) => $"""
        SELECT {columns}
        FROM "Decisions" AS d JOIN decision_search AS s ON s."DecisionId" = d."Id"
        WHERE s.document @@ {QuerySql}
        {(filter.Year is null ? "" : """AND d."SittingDate" >= @from AND d."SittingDate" < @to""")}
        {(filter.Body is null ? "" : """AND d."SittingId" IN (SELECT "Id" FROM "Sittings" WHERE "Body" = @body)""")}
        {(filter.Council is null ? "" : """AND d."CouncilId" = @council""")}
        ORDER BY d."SittingDate" DESC NULLS LAST, d."OrderKey" DESC
        """;
}
