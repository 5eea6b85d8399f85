-- SLTD: stolen and lost travel documents. Only the documents module reads these tables.
CREATE TABLE documents_sltd (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_number    TEXT        NOT NULL CHECK (length(document_number) BETWEEN 1 AND 40),
    -- DocumentNumbers.normalise: upper case, no spaces, dashes or '<' filler; what FIND compares
    normalised_number  TEXT        NOT NULL CHECK (normalised_number ~ '^[A-Z0-9]{1,40}$'),
    issuing_country    TEXT        NOT NULL CHECK (issuing_country ~ '^[A-Z]{1,3}$'),
    document_type      TEXT        NOT NULL
        CHECK (document_type IN ('PASSPORT', 'IDENTITY_CARD', 'VISA', 'RESIDENCE_PERMIT', 'OTHER_TRAVEL_DOCUMENT')),
    reported_on        DATE        NOT NULL,
    stolen_or_lost_on  DATE,
    issued_on          DATE,
    expires_on         DATE,
    national_reference TEXT        NOT NULL DEFAULT '' CHECK (length(national_reference) <= 100),
    remarks            TEXT        NOT NULL DEFAULT '' CHECK (length(remarks) <= 2000),
    owner_office       TEXT        NOT NULL,
    classification     TEXT        NOT NULL
        CHECK (classification IN ('FOR_OFFICIAL_USE_ONLY', 'RESTRICTED', 'CONFIDENTIAL')),
    access_scope       TEXT        NOT NULL
        CHECK (access_scope IN ('ALL_MEMBERS', 'ONLY_LISTED', 'ALL_EXCEPT_LISTED')),
    access_countries   TEXT[]      NOT NULL DEFAULT '{}'
        CHECK (array_position(access_countries, NULL) IS NULL),
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    review_at          DATE        NOT NULL,
    status             TEXT        NOT NULL
        CHECK (status IN ('STOLEN_BLANK', 'STOLEN_ISSUED', 'LOST', 'REVOKED', 'INVALIDATED')),
    withdrawn_at       TIMESTAMPTZ,
    withdrawn_reason   TEXT CHECK (length(withdrawn_reason) <= 2000),
    CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL)),
    CHECK (access_scope <> 'ALL_MEMBERS' OR cardinality(access_countries) = 0),
    CHECK (access_scope <> 'ALL_EXCEPT_LISTED' OR cardinality(access_countries) > 0)
);
-- one active record per document; a withdrawn one may be reported again
CREATE UNIQUE INDEX documents_sltd_active_key ON documents_sltd (issuing_country, normalised_number, document_type)
    WHERE withdrawn_at IS NULL;
CREATE INDEX documents_sltd_owner ON documents_sltd (owner_office, created_at DESC);
CREATE INDEX documents_sltd_review ON documents_sltd (review_at);

-- every status a record went through, and its withdrawal
CREATE TABLE documents_sltd_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id BIGINT      NOT NULL REFERENCES documents_sltd (id),
    changed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by  TEXT        NOT NULL,
    change      TEXT        NOT NULL CHECK (change IN ('REPORTED', 'AMENDED', 'WITHDRAWN')),
    status      TEXT        NOT NULL,
    note        TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX documents_sltd_history_document ON documents_sltd_history (document_id, changed_at);
