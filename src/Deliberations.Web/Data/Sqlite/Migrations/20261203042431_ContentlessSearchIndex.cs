using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContentlessSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The index kept a copy of every decision's words (a quarter of the store) only for the
            // passages under search results, which are now cut from the decisions shown. A
            // contentless table keeps the index alone; contentless_delete lets a re-imported decision
            // replace its entry. The entries move over from the index's own copy.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE decision_search_index USING fts5(
                    number, title, body, people, projects,
                    content = '', contentless_delete = 1,
                    tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO decision_search_index(rowid, number, title, body, people, projects)
                    SELECT rowid, number, title, body, people, projects FROM decision_search;
                DROP TABLE decision_search;
                ALTER TABLE decision_search_index RENAME TO decision_search;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // A contentless index cannot give its words back: numbers and titles are found again,
            // a report's words only once its decision is imported anew.
            migrationBuilder.Sql("""
                DROP TABLE decision_search;
                CREATE VIRTUAL TABLE decision_search USING fts5(
                    number, title, body, people, projects,
                    tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO decision_search(rowid, number, title, body, people, projects)
                    SELECT "Id", "Number", "Title", '', '', '' FROM "Decisions";
                """);
        }
    }
}
