namespace Deliberations.Web.Data.Sqlite;

/// <summary>
/// The search queries, with <c>$match</c> (from <see cref="FtsQuery.Build"/>), <c>$offset</c>,
/// <c>$limit</c> and the filters' <c>$from</c>, <c>$to</c>, <c>$body</c>, <c>$council</c>; shared with the benchmark
/// that measures FTS5 alone. They return the decisions' ids: the index is contentless, it keeps no
/// text to return. Only fixed fragments are joined here; what a visitor typed is always a parameter.
/// </summary>
public static class SearchSql
{
    public static string For(SearchOrder order, SearchFilter filter) => order == SearchOrder.Newest
        ? Newest(filter) + "\nLIMIT $limit OFFSET $offset"
        : $"""
            WITH candidates(id) AS MATERIALIZED (
            {Newest(filter)}
            LIMIT {SearchRequest.RelevanceCandidates})
            SELECT rowid
            FROM decision_search
            WHERE decision_search MATCH $match AND rank MATCH 'bm25(10.0, 5.0, 1.0, 3.0, 4.0)'
              AND rowid >= (SELECT min(id) FROM candidates) AND +rowid IN (SELECT id FROM candidates)
            ORDER BY rank
            LIMIT $limit OFFSET $offset
            """;

    /// <summary>Whether any decision holds the words, filters aside: says whether a search's fallback is needed.</summary>
    public const string AnySql = "SELECT 1 FROM decision_search WHERE decision_search MATCH $match LIMIT 1";

    /// <summary>
    /// Newest first walks the decisions' (sitting date, number) index backwards and keeps those in
    /// the matches, which SQLite reads once into a Bloom-filtered list: about 3 ms for a word in
    /// 19,000 of 20,000 decisions, under 1 ms for a rare one, where sorting the matches through the
    /// join took 40 ms. The planner, which cannot count an FTS5 match, picks that sort unless told
    /// the index. Column weights (<c>bm25</c> above) say a word in the number or title says more
    /// than one deep in the report; <c>+rowid</c> keeps FTS5 from seeking each candidate, which
    /// re-reads the match's lists every time (600 ms). The index of the date filters the year,
    /// and a body is the set of its sittings.
    /// </summary>
    private static string Newest(SearchFilter filter) => $"""
        SELECT d."Id"
        FROM "Decisions" AS d INDEXED BY "IX_Decisions_SittingDate_OrderKey"
        WHERE d."Id" IN (SELECT rowid FROM decision_search WHERE decision_search MATCH $match)
        {(filter.Year is null ? "" : """AND d."SittingDate" >= $from AND d."SittingDate" < $to""")}
        {(filter.Body is null ? "" : """AND d."SittingId" IN (SELECT "Id" FROM "Sittings" WHERE "Body" = $body)""")}
        {(filter.Council is null ? "" : """AND d."CouncilId" = $council""")}
        ORDER BY d."SittingDate" DESC, d."OrderKey" DESC
        """;
}
