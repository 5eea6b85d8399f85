-- Hits: a check by one office that matched another office's record, and each side's answer.
CREATE TABLE hits_hit
(
  id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  database_name       TEXT        NOT NULL,
  record_reference    TEXT        NOT NULL,
  record_summary      TEXT        NOT NULL,
  record_link         TEXT        NOT NULL DEFAULT '',
  owner_office        TEXT        NOT NULL,
  checking_office     TEXT        NOT NULL,
  checked_by          TEXT        NOT NULL,
  checked_by_system   BOOLEAN     NOT NULL,
  place               TEXT,
  purpose             TEXT        NOT NULL,
  checked_at          TIMESTAMPTZ NOT NULL,
  check_reference     TEXT        NOT NULL,
  created_at          TIMESTAMPTZ NOT NULL,
  status              TEXT        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CONFIRMED', 'REJECTED')),
  owner_answer        TEXT CHECK (owner_answer IN ('CONFIRMED', 'REJECTED')),
  owner_answered_by   TEXT,
  owner_answered_at   TIMESTAMPTZ,
  owner_note          TEXT,
  checker_answer      TEXT CHECK (checker_answer IN ('CONFIRMED', 'REJECTED')),
  checker_answered_by TEXT,
  checker_answered_at TIMESTAMPTZ,
  checker_note        TEXT,
  -- no hit for checking one's own record
  CHECK (owner_office <> checking_office),
  -- a redelivered event (or a retried check) never raises the same hit twice
  UNIQUE (check_reference, database_name, record_reference)
);
CREATE INDEX hits_hit_owner_idx ON hits_hit (owner_office, created_at DESC);
CREATE INDEX hits_hit_checking_idx ON hits_hit (checking_office, created_at DESC);
CREATE INDEX hits_hit_created_idx ON hits_hit (created_at DESC);

-- Every step of a hit's life, in order: raised, then each side's answer.
CREATE TABLE hits_hit_history
(
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  hit_id     BIGINT      NOT NULL REFERENCES hits_hit (id),
  at         TIMESTAMPTZ NOT NULL,
  side       TEXT CHECK (side IN ('OWNER', 'CHECKER')),
  answer     TEXT CHECK (answer IN ('CONFIRMED', 'REJECTED')),
  actor      TEXT        NOT NULL,
  office     TEXT        NOT NULL,
  note       TEXT,
  status     TEXT        NOT NULL
);
CREATE INDEX hits_hit_history_hit_idx ON hits_hit_history (hit_id, id);
