-- MIND: the last package handed to each office, with its series' package key, so the next download can be
-- answered as a delta against it. Only the documents module reads this table.
CREATE TABLE documents_mind_package (
    office            TEXT        PRIMARY KEY,
    -- MindPackageKey id and secret: the keyed hash of this office's current series (never shown)
    key_id            TEXT        NOT NULL,
    key_secret        BYTEA       NOT NULL,
    series_started_at TIMESTAMPTZ NOT NULL,
    -- increases with every package of the office, across series
    version           BIGINT      NOT NULL CHECK (version > 0),
    package           BYTEA       NOT NULL,
    entry_count       INTEGER     NOT NULL CHECK (entry_count >= 0),
    built_at          TIMESTAMPTZ NOT NULL
);
