-- +goose Up
-- A trigram index (pg_trgm) for the inbox search, which matches each word
-- of three or more characters with ILIKE against the lead's name, reading,
-- organisation, address and body joined by newlines (store.leadSearchText;
-- no search word contains a newline, so no match spans two fields).
--
-- The extension goes into the schema public when it can (so that it
-- outlives any one application schema in the database), else into the
-- current schema; the index names the operator class with the schema the
-- extension is in, wherever that is. Creating the extension may need rights
-- the database user does not have: then nothing is created, and the search
-- keeps working without the index, reading every lead.
-- +goose StatementBegin
DO $$
DECLARE
    ext_schema text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
        EXCEPTION WHEN OTHERS THEN
            BEGIN
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
            EXCEPTION WHEN OTHERS THEN
                RAISE NOTICE 'pg_trgm not available (%): the inbox search has no index', SQLERRM;
            END;
        END;
    END IF;
    SELECT n.nspname INTO ext_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    IF ext_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX leads_search_trgm ON leads USING gin (('
            'coalesce(name, %L) || E''\n'' || coalesce(name_kana, %L) || E''\n'' || coalesce(organization, %L) || E''\n'' || '
            'coalesce(email, %L) || E''\n'' || coalesce(body, %L)) %I.gin_trgm_ops)', '', '', '', '', '', ext_schema);
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP INDEX IF EXISTS leads_search_trgm;
