-- +goose Up
-- Addresses that campaigns must not mail: hard bounces, repeated soft
-- bounces, unsubscribes and manual entries.
CREATE TABLE suppressions (
    email        TEXT PRIMARY KEY,
    reason       TEXT NOT NULL CHECK (reason IN ('hard_bounce', 'soft_bounce', 'unsubscribe', 'complaint', 'manual')),
    detail       TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    created_at   DATETIME NOT NULL
);

-- Soft bounces counted per address until they reach the threshold.
CREATE TABLE bounce_counts (
    email        TEXT PRIMARY KEY,
    soft         INTEGER NOT NULL DEFAULT 0,
    hard         INTEGER NOT NULL DEFAULT 0,
    last_status  TEXT NOT NULL DEFAULT '',
    last_at      DATETIME NOT NULL
);

-- +goose Down
DROP TABLE bounce_counts;
DROP TABLE suppressions;
