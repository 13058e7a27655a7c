-- +goose Up
-- Inbox search for words of one or two characters (a surname such as 山田,
-- a word such as 病院) through the trigram index instead of reading every
-- lead: such a word is found as every indexed trigram that starts with it,
-- looked up in the index's vocabulary (leads_fts_terms, fts5vocab). So that
-- a word at the very end of a column also starts a trigram, every column is
-- indexed with two newlines after it (no search word contains a newline).
-- The index therefore holds its own text and is contentless: rows are
-- deleted by rowid (contentless_delete) and it is never rebuilt from the
-- leads table.
DROP TRIGGER leads_fts_update;
DROP TRIGGER leads_fts_delete;
DROP TRIGGER leads_fts_insert;
DROP TABLE leads_fts;

CREATE VIRTUAL TABLE leads_fts USING fts5(
    name, name_kana, organization, email, body,
    content = '', contentless_delete = 1, tokenize = 'trigram'
);
CREATE VIRTUAL TABLE leads_fts_terms USING fts5vocab(leads_fts, row);

-- +goose StatementBegin
CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
    INSERT INTO leads_fts(rowid, name, name_kana, organization, email, body)
    VALUES (new.id, new.name || char(10, 10), new.name_kana || char(10, 10), new.organization || char(10, 10),
            new.email || char(10, 10), new.body || char(10, 10));
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
    DELETE FROM leads_fts WHERE rowid = old.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER leads_fts_update AFTER UPDATE OF name, name_kana, organization, email, body ON leads BEGIN
    DELETE FROM leads_fts WHERE rowid = old.id;
    INSERT INTO leads_fts(rowid, name, name_kana, organization, email, body)
    VALUES (new.id, new.name || char(10, 10), new.name_kana || char(10, 10), new.organization || char(10, 10),
            new.email || char(10, 10), new.body || char(10, 10));
END;
-- +goose StatementEnd

INSERT INTO leads_fts(rowid, name, name_kana, organization, email, body)
SELECT id, name || char(10, 10), name_kana || char(10, 10), organization || char(10, 10),
       email || char(10, 10), body || char(10, 10)
FROM leads;

-- +goose Down
DROP TRIGGER leads_fts_update;
DROP TRIGGER leads_fts_delete;
DROP TRIGGER leads_fts_insert;
DROP TABLE leads_fts_terms;
DROP TABLE leads_fts;

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
