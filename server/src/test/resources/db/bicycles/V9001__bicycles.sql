-- The smallest complete police database, for the records skeleton's tests (docs/records.md): stolen bicycles, in
-- the records' standard shape (records.StandardRecordTable).
CREATE TABLE bicycles_bicycle (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    frame_number     TEXT        NOT NULL CHECK (frame_number ~ '^[A-Z0-9]{1,30}$'),
    make             TEXT        NOT NULL DEFAULT '' CHECK (length(make) <= 60),
    owner_office     TEXT        NOT NULL,
    classification   TEXT        NOT NULL,
    access_scope     TEXT        NOT NULL,
    access_countries TEXT[]      NOT NULL DEFAULT '{}',
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    review_at        DATE        NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('STOLEN', 'RECOVERED', 'WITHDRAWN')),
    closed_at        TIMESTAMPTZ,
    withdrawn_reason TEXT,
    CHECK ((status = 'STOLEN') = (closed_at IS NULL)),
    CHECK ((status = 'WITHDRAWN') = (withdrawn_reason IS NOT NULL))
);
CREATE UNIQUE INDEX bicycles_bicycle_stolen ON bicycles_bicycle (frame_number) WHERE closed_at IS NULL;

CREATE TABLE bicycles_bicycle_history (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id  BIGINT      NOT NULL REFERENCES bicycles_bicycle (id),
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by TEXT        NOT NULL,
    change     TEXT        NOT NULL,
    status     TEXT        NOT NULL,
    note       TEXT        NOT NULL DEFAULT ''
);
