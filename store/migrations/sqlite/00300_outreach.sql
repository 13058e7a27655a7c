-- +goose Up
-- Campaign audiences: subscribers (people and organisations), mailing lists,
-- subscriptions with their consent records, campaigns, their runs and the
-- per-recipient send ledger.

CREATE TABLE subscribers (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    email              TEXT UNIQUE,
    name               TEXT NOT NULL DEFAULT '',
    organization       TEXT NOT NULL DEFAULT '',
    prefecture         TEXT NOT NULL DEFAULT '',
    specialties        TEXT NOT NULL DEFAULT '[]',
    kind               TEXT NOT NULL CHECK (kind IN ('association', 'physician', 'hospital', 'other')),
    -- The address is published by the organisation for business mail
    -- (施行規則3条): it may be mailed without opt-in.
    published_business INTEGER NOT NULL DEFAULT 0,
    published_source   TEXT NOT NULL DEFAULT '',
    lead_id            INTEGER REFERENCES leads(id) ON DELETE SET NULL,
    created_at         DATETIME NOT NULL,
    updated_at         DATETIME NOT NULL
);
CREATE INDEX subscribers_kind ON subscribers(kind);

CREATE TABLE mailing_lists (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at  DATETIME NOT NULL
);

-- Consent records are append-only: when, how and with what evidence a
-- subscriber agreed to receive a list's mail (法3条2項).
CREATE TABLE consent_records (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
    list_id       INTEGER NOT NULL REFERENCES mailing_lists(id) ON DELETE CASCADE,
    method        TEXT NOT NULL CHECK (method IN ('web_form', 'mail', 'in_person', 'card', 'published')),
    given_at      DATETIME NOT NULL,
    evidence      TEXT NOT NULL DEFAULT '',
    recorded_by   TEXT NOT NULL DEFAULT '',
    created_at    DATETIME NOT NULL
);
CREATE INDEX consent_records_subscriber ON consent_records(subscriber_id, list_id);

CREATE TABLE subscriptions (
    list_id         INTEGER NOT NULL REFERENCES mailing_lists(id) ON DELETE CASCADE,
    subscriber_id   INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
    status          TEXT NOT NULL DEFAULT 'subscribed' CHECK (status IN ('subscribed', 'unsubscribed')),
    consent_id      INTEGER REFERENCES consent_records(id),
    created_at      DATETIME NOT NULL,
    updated_at      DATETIME NOT NULL,
    unsubscribed_at DATETIME,
    PRIMARY KEY (list_id, subscriber_id)
);
CREATE INDEX subscriptions_subscriber ON subscriptions(subscriber_id);

CREATE TABLE campaigns (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT NOT NULL,
    subject       TEXT NOT NULL,
    body_text     TEXT NOT NULL,
    body_html     TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'scheduled', 'paused', 'archived')),
    -- Every cron spec is stored with its CRON_TZ= prefix.
    cron_spec     TEXT NOT NULL DEFAULT '',
    send_at       DATETIME,
    send_window   TEXT NOT NULL DEFAULT '',
    schedule_from DATETIME,
    created_at    DATETIME NOT NULL,
    updated_at    DATETIME NOT NULL
);

CREATE TABLE campaign_lists (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    list_id     INTEGER NOT NULL REFERENCES mailing_lists(id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, list_id)
);

-- A run is one sending of a campaign, unique on its scheduled time, so a
-- scheduled time can never be sent twice. The content is copied in so a
-- resumed run sends what it started with.
CREATE TABLE campaign_runs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    scheduled_at DATETIME NOT NULL,
    trigger      TEXT NOT NULL CHECK (trigger IN ('schedule', 'manual')),
    status       TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'paused', 'done', 'cancelled', 'skipped')),
    subject      TEXT NOT NULL DEFAULT '',
    body_text    TEXT NOT NULL DEFAULT '',
    body_html    TEXT NOT NULL DEFAULT '',
    total        INTEGER NOT NULL DEFAULT 0,
    note         TEXT NOT NULL DEFAULT '',
    lease_owner  TEXT NOT NULL DEFAULT '',
    lease_until  DATETIME,
    created_at   DATETIME NOT NULL,
    started_at   DATETIME,
    finished_at  DATETIME,
    UNIQUE (campaign_id, scheduled_at)
);
CREATE INDEX campaign_runs_status ON campaign_runs(status);

-- The recipient ledger: one row per run and recipient, written before any
-- mail is sent; queued -> sending -> sent | failed (or cancelled).
CREATE TABLE run_recipients (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id        INTEGER NOT NULL REFERENCES campaign_runs(id) ON DELETE CASCADE,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers(id),
    email         TEXT NOT NULL,
    name          TEXT NOT NULL DEFAULT '',
    organization  TEXT NOT NULL DEFAULT '',
    prefecture    TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL,
    basis         TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_at       DATETIME NOT NULL,
    smtp_code     INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT NOT NULL DEFAULT '',
    sent_at       DATETIME,
    updated_at    DATETIME NOT NULL,
    UNIQUE (run_id, subscriber_id)
);
CREATE INDEX run_recipients_claim ON run_recipients(run_id, state, id);

-- The 47 prefectural medical associations (names only: staff fill in the
-- published addresses).
INSERT INTO mailing_lists (name, description, created_at)
VALUES ('都道府県医師会', '47都道府県医師会（公開されている業務用アドレス宛）', '2026-01-01 00:00:00');
INSERT INTO subscribers (name, organization, prefecture, kind, created_at, updated_at) VALUES
    ('北海道医師会', '北海道医師会', '北海道', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('青森県医師会', '青森県医師会', '青森県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('岩手県医師会', '岩手県医師会', '岩手県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('宮城県医師会', '宮城県医師会', '宮城県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('秋田県医師会', '秋田県医師会', '秋田県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('山形県医師会', '山形県医師会', '山形県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('福島県医師会', '福島県医師会', '福島県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('茨城県医師会', '茨城県医師会', '茨城県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('栃木県医師会', '栃木県医師会', '栃木県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('群馬県医師会', '群馬県医師会', '群馬県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('埼玉県医師会', '埼玉県医師会', '埼玉県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('千葉県医師会', '千葉県医師会', '千葉県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('東京都医師会', '東京都医師会', '東京都', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('神奈川県医師会', '神奈川県医師会', '神奈川県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('新潟県医師会', '新潟県医師会', '新潟県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('富山県医師会', '富山県医師会', '富山県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('石川県医師会', '石川県医師会', '石川県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('福井県医師会', '福井県医師会', '福井県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('山梨県医師会', '山梨県医師会', '山梨県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('長野県医師会', '長野県医師会', '長野県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('岐阜県医師会', '岐阜県医師会', '岐阜県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('静岡県医師会', '静岡県医師会', '静岡県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('愛知県医師会', '愛知県医師会', '愛知県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('三重県医師会', '三重県医師会', '三重県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('滋賀県医師会', '滋賀県医師会', '滋賀県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('京都府医師会', '京都府医師会', '京都府', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('大阪府医師会', '大阪府医師会', '大阪府', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('兵庫県医師会', '兵庫県医師会', '兵庫県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('奈良県医師会', '奈良県医師会', '奈良県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('和歌山県医師会', '和歌山県医師会', '和歌山県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('鳥取県医師会', '鳥取県医師会', '鳥取県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('島根県医師会', '島根県医師会', '島根県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('岡山県医師会', '岡山県医師会', '岡山県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('広島県医師会', '広島県医師会', '広島県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('山口県医師会', '山口県医師会', '山口県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('徳島県医師会', '徳島県医師会', '徳島県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('香川県医師会', '香川県医師会', '香川県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('愛媛県医師会', '愛媛県医師会', '愛媛県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('高知県医師会', '高知県医師会', '高知県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('福岡県医師会', '福岡県医師会', '福岡県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('佐賀県医師会', '佐賀県医師会', '佐賀県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('長崎県医師会', '長崎県医師会', '長崎県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('熊本県医師会', '熊本県医師会', '熊本県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('大分県医師会', '大分県医師会', '大分県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('宮崎県医師会', '宮崎県医師会', '宮崎県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('鹿児島県医師会', '鹿児島県医師会', '鹿児島県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
    ('沖縄県医師会', '沖縄県医師会', '沖縄県', 'association', '2026-01-01 00:00:00', '2026-01-01 00:00:00');

INSERT INTO subscriptions (list_id, subscriber_id, status, created_at, updated_at)
SELECT l.id, s.id, 'subscribed', '2026-01-01 00:00:00', '2026-01-01 00:00:00'
FROM mailing_lists l, subscribers s WHERE l.name = '都道府県医師会' AND s.kind = 'association';

-- +goose Down
DROP TABLE run_recipients;
DROP TABLE campaign_runs;
DROP TABLE campaign_lists;
DROP TABLE campaigns;
DROP TABLE subscriptions;
DROP TABLE consent_records;
DROP TABLE mailing_lists;
DROP TABLE subscribers;
