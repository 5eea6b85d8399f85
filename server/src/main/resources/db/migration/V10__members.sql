-- Member countries, the organisation's offices (every member's NCB among them) and which regional bureau
-- serves which member. Filled and refreshed at start-up from members/*.csv; other modules read them through
-- the members module's Java API, never with SQL.

CREATE TABLE members_country (
    iso3                   CHAR(3) PRIMARY KEY CHECK (iso3 ~ '^[A-Z]{3}$'),
    iso2                   CHAR(2) NOT NULL UNIQUE CHECK (iso2 ~ '^[A-Z]{2}$'),
    -- ISO 3166-1 numeric code as text: the leading zeros are part of the code (004)
    numeric_code           CHAR(3) NOT NULL UNIQUE CHECK (numeric_code ~ '^[0-9]{3}$'),
    name_en                TEXT NOT NULL,
    name_fr                TEXT NOT NULL,
    name_es                TEXT NOT NULL,
    name_ar                TEXT NOT NULL,
    region                 TEXT NOT NULL CHECK (region IN ('AFRICA', 'AMERICAS', 'ASIA_SOUTH_PACIFIC', 'EUROPE',
                                                           'MIDDLE_EAST_NORTH_AFRICA')),
    subregion              TEXT NOT NULL,
    joined                 SMALLINT,
    -- one member, one vote in the General Assembly: the column states it, the check keeps it so.
    -- Voting itself (sessions, ballots) belongs to a later module.
    general_assembly_votes SMALLINT NOT NULL DEFAULT 1 CHECK (general_assembly_votes = 1)
);

CREATE TABLE members_office (
    code         TEXT PRIMARY KEY CHECK (code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'),
    type         TEXT NOT NULL CHECK (type IN ('GENERAL_SECRETARIAT', 'NATIONAL_CENTRAL_BUREAU', 'REGIONAL_BUREAU',
                                               'LIAISON_OFFICE', 'REPRESENTATION_OFFICE', 'INNOVATION_CENTRE')),
    name_en      TEXT NOT NULL,
    name_fr      TEXT NOT NULL,
    name_es      TEXT NOT NULL,
    name_ar      TEXT NOT NULL,
    city         TEXT NOT NULL,
    country_iso3 CHAR(3) NOT NULL REFERENCES members_country (iso3),
    -- an NCB's code is derived from its country, so officers' office codes can be checked without a lookup
    CHECK (type <> 'NATIONAL_CENTRAL_BUREAU' OR code = 'NCB-' || country_iso3)
);

-- each member has exactly one NCB
CREATE UNIQUE INDEX members_office_one_ncb_per_country ON members_office (country_iso3)
    WHERE type = 'NATIONAL_CENTRAL_BUREAU';

-- a member is served by at most one regional bureau (the primary key says so)
CREATE TABLE members_bureau_coverage (
    country_iso3 CHAR(3) PRIMARY KEY REFERENCES members_country (iso3),
    office_code  TEXT NOT NULL REFERENCES members_office (code)
);

CREATE INDEX members_bureau_coverage_by_office ON members_bureau_coverage (office_code);
