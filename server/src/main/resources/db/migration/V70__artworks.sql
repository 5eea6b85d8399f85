-- WoA: stolen works of art. The standard record-access columns are those of docs/records-and-access.md.
CREATE TABLE artworks_work (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title            TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    maker            TEXT        NOT NULL DEFAULT '',
    category         TEXT        NOT NULL CHECK (category IN ('PAINTING', 'SCULPTURE', 'MANUSCRIPT',
        'ARCHAEOLOGICAL_OBJECT', 'RELIGIOUS_OBJECT', 'DRAWING', 'PRINT', 'PHOTOGRAPH', 'TEXTILE', 'COIN_OR_MEDAL',
        'FURNITURE', 'OTHER')),
    period           TEXT        NOT NULL DEFAULT '',
    materials        TEXT        NOT NULL DEFAULT '',
    dimensions       TEXT        NOT NULL DEFAULT '',
    inscriptions     TEXT        NOT NULL DEFAULT '',
    description      TEXT        NOT NULL DEFAULT '',
    stolen_on        DATE,
    stolen_place     TEXT        NOT NULL DEFAULT '',
    stolen_country   TEXT        CHECK (stolen_country ~ '^[A-Z]{3}$'),
    withdrawn_reason TEXT,
    -- the words of the record, accents removed and lower-cased by the application, weighted A (title, maker),
    -- B (inscriptions and marks), C (the rest): the full-text search reads this column only
    search_doc       TSVECTOR    NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    owner_office     TEXT        NOT NULL,
    classification   TEXT        NOT NULL
        CHECK (classification IN ('FOR_OFFICIAL_USE_ONLY', 'RESTRICTED', 'CONFIDENTIAL')),
    access_scope     TEXT        NOT NULL
        CHECK (access_scope IN ('ALL_MEMBERS', 'ONLY_LISTED', 'ALL_EXCEPT_LISTED')),
    access_countries TEXT[]      NOT NULL DEFAULT '{}'
        CHECK (array_position(access_countries, NULL) IS NULL),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    review_at        DATE        NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('STOLEN', 'RECOVERED', 'WITHDRAWN')),
    CHECK (access_scope <> 'ALL_MEMBERS' OR cardinality(access_countries) = 0),
    CHECK (access_scope <> 'ALL_EXCEPT_LISTED' OR cardinality(access_countries) > 0),
    CHECK (status <> 'WITHDRAWN' OR withdrawn_reason IS NOT NULL)
);
CREATE INDEX artworks_work_owner ON artworks_work (owner_office);
CREATE INDEX artworks_work_review ON artworks_work (review_at);
CREATE INDEX artworks_work_search ON artworks_work USING GIN (search_doc);
CREATE INDEX artworks_work_created ON artworks_work (created_at DESC, id DESC);

CREATE TABLE artworks_status_history (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    work_id    BIGINT      NOT NULL REFERENCES artworks_work (id),
    status     TEXT        NOT NULL,
    reason     TEXT,
    changed_by TEXT        NOT NULL,
    office     TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX artworks_status_history_work ON artworks_status_history (work_id, id);

-- photos live in the database with the record (one source of truth, one backup), never as static files
CREATE TABLE artworks_photo (
    work_id      BIGINT      NOT NULL REFERENCES artworks_work (id),
    n            INT         NOT NULL CHECK (n >= 1),
    content_type TEXT        NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    image        BYTEA       NOT NULL,
    thumbnail    BYTEA       NOT NULL,   -- always JPEG
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    uploaded_by  TEXT        NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (work_id, n)
);
