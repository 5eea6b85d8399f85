-- persons: nominal data (persons V140–V149). A person as an NCB records them: names in Latin letters and in the
-- original script, aliases, partial dates of birth, description. The records' standard shape
-- (records.StandardRecordTable): the own columns, then the access, review and status columns.
CREATE TABLE persons_person (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    family_name          TEXT        NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
    forenames            TEXT        NOT NULL DEFAULT '' CHECK (length(forenames) <= 200),
    family_name_original TEXT        NOT NULL DEFAULT '' CHECK (length(family_name_original) <= 200),
    forenames_original   TEXT        NOT NULL DEFAULT '' CHECK (length(forenames_original) <= 200),
    aliases              TEXT[]      NOT NULL DEFAULT '{}' CHECK (cardinality(aliases) <= 20),
    sex                  TEXT        NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'UNKNOWN')),
    birth_year           INT CHECK (birth_year BETWEEN 1900 AND 2200),
    birth_month          INT CHECK (birth_month BETWEEN 1 AND 12),
    birth_day            INT CHECK (birth_day BETWEEN 1 AND 31),
    birth_place          TEXT        NOT NULL DEFAULT '' CHECK (length(birth_place) <= 200),
    birth_country        TEXT CHECK (birth_country ~ '^[A-Z]{3}$'),
    nationalities        TEXT[]      NOT NULL DEFAULT '{}',
    languages            TEXT[]      NOT NULL DEFAULT '{}',
    height_cm            INT CHECK (height_cm BETWEEN 30 AND 260),
    weight_kg            INT CHECK (weight_kg BETWEEN 1 AND 400),
    eye_colour           TEXT        NOT NULL DEFAULT '' CHECK (length(eye_colour) <= 40),
    hair_colour          TEXT        NOT NULL DEFAULT '' CHECK (length(hair_colour) <= 40),
    distinguishing_marks TEXT        NOT NULL DEFAULT '' CHECK (length(distinguishing_marks) <= 2000),
    -- null when the office gave none, so that any number of persons may have none
    national_reference   TEXT CHECK (length(national_reference) BETWEEN 1 AND 100),
    remarks              TEXT        NOT NULL DEFAULT '' CHECK (length(remarks) <= 2000),
    -- every name and alias folded for search (searchtext), until the names engine's index takes over
    search_names         TEXT        NOT NULL DEFAULT '',
    owner_office         TEXT        NOT NULL,
    classification       TEXT        NOT NULL,
    access_scope         TEXT        NOT NULL,
    access_countries     TEXT[]      NOT NULL DEFAULT '{}',
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    review_at            DATE        NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
    closed_at            TIMESTAMPTZ,
    withdrawn_reason     TEXT,
    CHECK ((status = 'ACTIVE') = (closed_at IS NULL)),
    CHECK ((status = 'WITHDRAWN') = (withdrawn_reason IS NOT NULL)),
    CHECK (birth_month IS NULL OR birth_year IS NOT NULL),
    CHECK (birth_day IS NULL OR birth_month IS NOT NULL)
);
-- an office records a person once under its own reference
CREATE UNIQUE INDEX persons_person_reference ON persons_person (owner_office, national_reference)
    WHERE closed_at IS NULL;
CREATE INDEX persons_person_created ON persons_person (created_at DESC, id DESC);

CREATE TABLE persons_person_history (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id  BIGINT      NOT NULL REFERENCES persons_person (id),
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by TEXT        NOT NULL,
    change     TEXT        NOT NULL,
    status     TEXT        NOT NULL,
    note       TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX persons_person_history_record ON persons_person_history (record_id);
