using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Deliberations.Web.Data.Postgres.Migrations
{
    /// <summary>
    /// A revision number of the store that every transaction writing to one of its tables raises by
    /// one, at commit, whoever writes (the site, an import run apart, psql): the page cache's and the
    /// ETags' data version (<see cref="PostgresEngine.OpenDataVersion"/>). The server's own snapshot
    /// moved with every write to any database of the server, and a statistics counter only reaches
    /// readers seconds later. Raised once per transaction (a setting local to it remembers), so an
    /// import's thousands of statements cost one row update per batch. A table added later needs the
    /// same trigger: <c>SELECT deliberations_watch('NewTable')</c> in its migration.
    /// </summary>
    public partial class StoreRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE store_revision (id integer PRIMARY KEY CHECK (id = 1), value bigint NOT NULL);
                INSERT INTO store_revision VALUES (1, 0);

                CREATE FUNCTION deliberations_revise() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF current_setting('deliberations.revised', true) IS DISTINCT FROM txid_current()::text THEN
                        UPDATE store_revision SET value = value + 1;
                        PERFORM set_config('deliberations.revised', txid_current()::text, true);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION deliberations_watch(name text) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    EXECUTE format('CREATE TRIGGER revise AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION deliberations_revise()', name);
                END $$;

                SELECT deliberations_watch(table_name) FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                  AND table_name NOT IN ('store_revision', '__EFMigrationsHistory');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$ DECLARE t text; BEGIN
                    FOR t IN SELECT event_object_table FROM information_schema.triggers WHERE trigger_name = 'revise' LOOP
                        EXECUTE format('DROP TRIGGER revise ON %I', t);
                    END LOOP;
                END $$;
                DROP FUNCTION deliberations_watch(text);
                DROP FUNCTION deliberations_revise();
                DROP TABLE store_revision;
                """);
        }
    }
}
