namespace Meldcode.Infrastructure.PostgreSql;

/// <summary>
/// The rules the database itself keeps, in PostgreSQL's words (the SQLite migrations keep the same rules with SQLite
/// triggers and a function registered on each connection):
/// <list type="bullet">
/// <item>the chronology, the administration log, the access log, the versions of a dilemma and the deletion records are
/// append-only: an UPDATE or DELETE is refused, with the same message as SQLite gives;</item>
/// <item>except that a dossier's chronology may be deleted once a deletion record for that dossier exists (the permit the
/// controlled deletion writes first, in the same transaction);</item>
/// <item><c>meldcode_fold(text)</c>: text as a search compares it, lower case without accents, as <c>SearchText.Fold</c> does in .NET.</item>
/// </list>
/// </summary>
internal static class PostgreSqlRules
{
    public const string Create = """
        CREATE FUNCTION meldcode_fold(text) RETURNS text
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $$ SELECT normalize(lower(regexp_replace(normalize($1, NFD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g') COLLATE "und-x-icu"), NFC) $$;

        CREATE FUNCTION meldcode_refuse_change() RETURNS trigger
            LANGUAGE plpgsql
            AS $$ BEGIN RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'restrict_violation'; END $$;

        CREATE FUNCTION meldcode_chronology_delete() RETURNS trigger
            LANGUAGE plpgsql
            AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM "DeletionRecords" WHERE "RecordId" = OLD."DossierId" AND "Kind" = 'Dossier') THEN
                    RAISE EXCEPTION USING MESSAGE = 'The chronology is append-only.', ERRCODE = 'restrict_violation';
                END IF;
                RETURN OLD;
            END $$;

        CREATE TRIGGER "ChronologyEntries_append_only_update" BEFORE UPDATE ON "ChronologyEntries"
            FOR EACH ROW EXECUTE FUNCTION meldcode_refuse_change('The chronology is append-only.');
        CREATE TRIGGER "ChronologyEntries_append_only_delete" BEFORE DELETE ON "ChronologyEntries"
            FOR EACH ROW EXECUTE FUNCTION meldcode_chronology_delete();
        CREATE TRIGGER "AdministrationLog_append_only" BEFORE UPDATE OR DELETE ON "AdministrationLog"
            FOR EACH ROW EXECUTE FUNCTION meldcode_refuse_change('The administration log is append-only.');
        CREATE TRIGGER "AccessLog_append_only" BEFORE UPDATE OR DELETE ON "AccessLog"
            FOR EACH ROW EXECUTE FUNCTION meldcode_refuse_change('The access log is append-only.');
        CREATE TRIGGER "DilemmaVersions_append_only" BEFORE UPDATE OR DELETE ON "DilemmaVersions"
            FOR EACH ROW EXECUTE FUNCTION meldcode_refuse_change('The versions of a dilemma are append-only.');
        CREATE TRIGGER "DeletionRecords_append_only" BEFORE UPDATE OR DELETE ON "DeletionRecords"
            FOR EACH ROW EXECUTE FUNCTION meldcode_refuse_change('Deletion records are append-only.');

        -- TRUNCATE skips row triggers: refuse it on the same tables.
        CREATE TRIGGER "ChronologyEntries_no_truncate" BEFORE TRUNCATE ON "ChronologyEntries"
            FOR EACH STATEMENT EXECUTE FUNCTION meldcode_refuse_change('The chronology is append-only.');
        CREATE TRIGGER "AdministrationLog_no_truncate" BEFORE TRUNCATE ON "AdministrationLog"
            FOR EACH STATEMENT EXECUTE FUNCTION meldcode_refuse_change('The administration log is append-only.');
        CREATE TRIGGER "AccessLog_no_truncate" BEFORE TRUNCATE ON "AccessLog"
            FOR EACH STATEMENT EXECUTE FUNCTION meldcode_refuse_change('The access log is append-only.');
        CREATE TRIGGER "DilemmaVersions_no_truncate" BEFORE TRUNCATE ON "DilemmaVersions"
            FOR EACH STATEMENT EXECUTE FUNCTION meldcode_refuse_change('The versions of a dilemma are append-only.');
        CREATE TRIGGER "DeletionRecords_no_truncate" BEFORE TRUNCATE ON "DeletionRecords"
            FOR EACH STATEMENT EXECUTE FUNCTION meldcode_refuse_change('Deletion records are append-only.');
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS "ChronologyEntries_append_only_update" ON "ChronologyEntries";
        DROP TRIGGER IF EXISTS "ChronologyEntries_append_only_delete" ON "ChronologyEntries";
        DROP TRIGGER IF EXISTS "AdministrationLog_append_only" ON "AdministrationLog";
        DROP TRIGGER IF EXISTS "AccessLog_append_only" ON "AccessLog";
        DROP TRIGGER IF EXISTS "DilemmaVersions_append_only" ON "DilemmaVersions";
        DROP TRIGGER IF EXISTS "DeletionRecords_append_only" ON "DeletionRecords";
        DROP TRIGGER IF EXISTS "ChronologyEntries_no_truncate" ON "ChronologyEntries";
        DROP TRIGGER IF EXISTS "AdministrationLog_no_truncate" ON "AdministrationLog";
        DROP TRIGGER IF EXISTS "AccessLog_no_truncate" ON "AccessLog";
        DROP TRIGGER IF EXISTS "DilemmaVersions_no_truncate" ON "DilemmaVersions";
        DROP TRIGGER IF EXISTS "DeletionRecords_no_truncate" ON "DeletionRecords";
        DROP FUNCTION IF EXISTS meldcode_chronology_delete();
        DROP FUNCTION IF EXISTS meldcode_refuse_change();
        DROP FUNCTION IF EXISTS meldcode_fold(text);
        """;
}
