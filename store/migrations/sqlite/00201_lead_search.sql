-- +goose Up
-- Full-text search over the inbox: a trigram index of each lead's name,
-- reading, organisation, address and body (any substring of three or more
-- characters, which suits Japanese without a word segmenter). It indexes the
-- leads table itself (external content), kept current by triggers.
CREATE VIRTUAL TABLE leads_fts USING fts5(
    name, name_kana, organization, email, body,
    content = 'leads', content_rowid = 'id', tokenize = 'trigram'
);

-- +goose StatementBegin
CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
    INSERT INTO leads_fts(rowid, name, name_kana, organization, email, body)
    VALUES (new.id, new.name, new.name_kana, new.organization, new.email, new.body);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
    INSERT INTO leads_fts(leads_fts, rowid, name, name_kana, organization, email, body)
    VALUES ('delete', old.id, old.name, old.name_kana, old.organization, old.email, old.body);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER leads_fts_update AFTER UPDATE OF name, name_kana, organization, email, body ON leads BEGIN
    INSERT INTO leads_fts(leads_fts, rowid, name, name_kana, organization, email, body)
    VALUES ('delete', old.id, old.name, old.name_kana, old.organization, old.email, old.body);
    INSERT INTO leads_fts(rowid, name, name_kana, organization, email, body)
    VALUES (new.id, new.name, new.name_kana, new.organization, new.email, new.body);
END;
-- +goose StatementEnd

INSERT INTO leads_fts(leads_fts) VALUES ('rebuild');

-- +goose Down
DROP TRIGGER leads_fts_update;
DROP TRIGGER leads_fts_delete;
DROP TRIGGER leads_fts_insert;
DROP TABLE leads_fts;
