-- +goose Up
-- Who viewed or changed personal data, for the admins to read.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   INTEGER,
    detail      TEXT NOT NULL DEFAULT '',
    remote_addr TEXT NOT NULL DEFAULT '',
    created_at  DATETIME NOT NULL
);
CREATE INDEX audit_log_created ON audit_log(created_at);
CREATE INDEX audit_log_object ON audit_log(object_type, object_id);

-- The inbox filters by assignee and shows unreviewed leads first.
CREATE INDEX leads_assignee ON leads(assignee_id, created_at);
-- Every inbox filter except the text search reads only these columns, so
-- counting and paging scan this index instead of the rows with their bodies.
CREATE INDEX leads_inbox ON leads(status, reviewed_at, category, assignee_id, created_at, prefectures, specialties);
CREATE INDEX messages_error ON messages(created_at) WHERE error IS NOT NULL;

-- +goose Down
DROP INDEX messages_error;
DROP INDEX leads_inbox;
DROP INDEX leads_assignee;
DROP TABLE audit_log;
