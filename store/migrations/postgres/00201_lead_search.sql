-- +goose Up
-- The SQLite schema gets a trigram full-text index of the leads here.
-- PostgreSQL searches the leads with ILIKE instead: an index for that
-- (pg_trgm) needs an extension that not every installation may create, so
-- this version of the migration changes nothing.
SELECT 1;

-- +goose Down
SELECT 1;
