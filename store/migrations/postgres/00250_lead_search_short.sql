-- +goose Up
-- A trigram index (pg_trgm) for the inbox search, which matches each word
-- with ILIKE against the lead's name, reading, organisation, address and
-- body joined by newlines (store.leadSearchText; no search word contains a
-- newline, so no match spans two fields). Creating the extension may need
-- rights the database user does not have: then the search keeps working
-- without the index, reading every lead.
-- +goose StatementBegin
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm not available (%): the inbox search has no index', SQLERRM;
END
$$;
-- +goose StatementEnd

-- +goose StatementBegin
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX leads_search_trgm ON leads USING gin ((
            coalesce(name, '') || E'\n' || coalesce(name_kana, '') || E'\n' || coalesce(organization, '') || E'\n' ||
            coalesce(email, '') || E'\n' || coalesce(body, '')) gin_trgm_ops);
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP INDEX IF EXISTS leads_search_trgm;
