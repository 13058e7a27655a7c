-- +goose Up
CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('admin', 'staff')),
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    DATETIME NOT NULL,
    updated_at    DATETIME NOT NULL
);

CREATE TABLE sessions (
    id_hash      TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    remote_addr  TEXT NOT NULL DEFAULT '',
    user_agent   TEXT NOT NULL DEFAULT '',
    created_at   DATETIME NOT NULL,
    last_seen_at DATETIME NOT NULL,
    expires_at   DATETIME NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE INDEX sessions_expires ON sessions(expires_at);

CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL DEFAULT 'person',
    name         TEXT,
    name_kana    TEXT,
    email        TEXT,
    phone        TEXT,
    organization TEXT,
    created_at   DATETIME NOT NULL,
    updated_at   DATETIME NOT NULL
);
CREATE INDEX contacts_email ON contacts(email);
CREATE INDEX contacts_phone ON contacts(phone);

CREATE TABLE leads (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id    INTEGER REFERENCES contacts(id),
    category      TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'new',
    close_reason  TEXT,
    assignee_id   INTEGER REFERENCES users(id),
    name          TEXT,
    name_kana     TEXT,
    email         TEXT,
    phone         TEXT,
    age           INTEGER,
    birth_year    INTEGER,
    organization  TEXT,
    specialties   TEXT NOT NULL DEFAULT '[]',
    prefectures   TEXT NOT NULL DEFAULT '[]',
    municipality  TEXT,
    employment    TEXT NOT NULL DEFAULT '[]',
    days_per_week INTEGER,
    start         TEXT,
    body          TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    reviewed_at   DATETIME,
    created_at    DATETIME NOT NULL,
    updated_at    DATETIME NOT NULL
);
CREATE INDEX leads_status ON leads(status, created_at);
CREATE INDEX leads_category ON leads(category, created_at);
CREATE INDEX leads_created ON leads(created_at);
CREATE INDEX leads_contact ON leads(contact_id);
CREATE INDEX leads_email ON leads(email);

CREATE TABLE messages (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    direction    TEXT NOT NULL DEFAULT 'in' CHECK (direction IN ('in', 'out')),
    mailbox      TEXT,
    uidvalidity  INTEGER,
    uid          INTEGER,
    message_id   TEXT,
    raw_sha256   TEXT NOT NULL,
    raw          BLOB NOT NULL,
    size         INTEGER NOT NULL,
    subject      TEXT NOT NULL DEFAULT '',
    from_addr    TEXT NOT NULL DEFAULT '',
    category     TEXT,
    parsed       TEXT,
    error        TEXT,
    lead_id      INTEGER REFERENCES leads(id),
    received_at  DATETIME NOT NULL,
    created_at   DATETIME NOT NULL,
    UNIQUE (mailbox, uidvalidity, uid)
);
CREATE INDEX messages_message_id ON messages(message_id);
CREATE INDEX messages_lead ON messages(lead_id);
CREATE INDEX messages_sha ON messages(raw_sha256);

CREATE TABLE lead_events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    lead_id    INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    user_id    INTEGER REFERENCES users(id),
    actor      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    field      TEXT NOT NULL DEFAULT '',
    old_value  TEXT,
    new_value  TEXT,
    created_at DATETIME NOT NULL
);
CREATE INDEX lead_events_lead ON lead_events(lead_id, id);

CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL,
    payload      TEXT NOT NULL DEFAULT '{}',
    dedupe_key   TEXT UNIQUE,
    state        TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'dead')),
    run_at       DATETIME NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 8,
    last_error   TEXT NOT NULL DEFAULT '',
    lease_token  TEXT,
    lease_until  DATETIME,
    created_at   DATETIME NOT NULL,
    updated_at   DATETIME NOT NULL,
    finished_at  DATETIME
);
CREATE INDEX jobs_claim ON jobs(state, run_at);
CREATE INDEX jobs_lease ON jobs(state, lease_until);

-- +goose Down
DROP TABLE jobs;
DROP TABLE lead_events;
DROP TABLE messages;
DROP TABLE leads;
DROP TABLE contacts;
DROP TABLE sessions;
DROP TABLE users;
