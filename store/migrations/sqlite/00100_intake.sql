-- +goose Up
-- Where the intake stands in each watched mailbox: mail is identified by
-- (mailbox, UIDVALIDITY, UID); last_uid is the highest UID already stored.
CREATE TABLE imap_state (
    account     TEXT NOT NULL,
    mailbox     TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    last_uid    INTEGER NOT NULL DEFAULT 0,
    updated_at  DATETIME NOT NULL,
    PRIMARY KEY (account, mailbox)
);

-- Leases: the one process that may watch a mailbox (more than one machine).
CREATE TABLE leases (
    name        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    until       DATETIME NOT NULL,
    updated_at  DATETIME NOT NULL
);

-- Every acknowledgement and confirmation sent per address, for the cap.
CREATE TABLE ack_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    email       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    lead_id     INTEGER REFERENCES leads(id),
    message_id  TEXT NOT NULL,
    created_at  DATETIME NOT NULL
);
CREATE INDEX ack_log_email ON ack_log(email, created_at);

-- Message-IDs of the mail we send, so that replies find their lead before the
-- sent copy is recorded.
CREATE TABLE thread_refs (
    message_id  TEXT PRIMARY KEY,
    lead_id     INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    created_at  DATETIME NOT NULL
);

-- Mail stored but not yet moved out of the watched mailbox.
ALTER TABLE messages ADD COLUMN moved_at DATETIME;
ALTER TABLE messages ADD COLUMN target TEXT;
CREATE INDEX messages_pending_move ON messages(mailbox, uidvalidity, moved_at);

-- +goose Down
DROP INDEX messages_pending_move;
ALTER TABLE messages DROP COLUMN target;
ALTER TABLE messages DROP COLUMN moved_at;
DROP TABLE thread_refs;
DROP TABLE ack_log;
DROP TABLE leases;
DROP TABLE imap_state;
