-- +goose Up
-- A proposal is the staff's suggestion of one physician lead to one hospital
-- lead, followed from proposal to introduction, answer and placement.
CREATE TABLE proposals (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    doctor_lead_id   INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    hospital_lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    status           TEXT NOT NULL DEFAULT 'proposed'
                     CHECK (status IN ('proposed', 'introduced', 'accepted', 'declined', 'placed')),
    score            INTEGER NOT NULL DEFAULT 0,
    reasons          TEXT NOT NULL DEFAULT '[]',
    note             TEXT NOT NULL DEFAULT '',
    decline_reason   TEXT,
    created_by       INTEGER REFERENCES users(id),
    actor            TEXT NOT NULL,
    created_at       DATETIME NOT NULL,
    updated_at       DATETIME NOT NULL,
    introduced_at    DATETIME,
    decided_at       DATETIME,
    placed_at        DATETIME,
    UNIQUE (doctor_lead_id, hospital_lead_id)
);
CREATE INDEX proposals_hospital ON proposals(hospital_lead_id);
CREATE INDEX proposals_status ON proposals(status, updated_at);

-- Every change of a proposal: who did it and when.
CREATE TABLE proposal_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    user_id     INTEGER REFERENCES users(id),
    actor       TEXT NOT NULL,
    status      TEXT NOT NULL,
    reason      TEXT,
    created_at  DATETIME NOT NULL
);
CREATE INDEX proposal_events_proposal ON proposal_events(proposal_id, id);

-- The dashboard: first outgoing mail per lead, leads by category and time.
CREATE INDEX messages_lead_direction ON messages(lead_id, direction, created_at);

-- +goose Down
DROP INDEX messages_lead_direction;
DROP TABLE proposal_events;
DROP TABLE proposals;
