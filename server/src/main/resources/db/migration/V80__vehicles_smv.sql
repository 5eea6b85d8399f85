-- SMV: stolen motor vehicles. Only the vehicles module reads these tables.
CREATE TABLE vehicles_smv (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Vins.parse(...).vin(): upper case, no spaces or dashes; null when the vehicle has no 17-character VIN
    vin                  TEXT CHECK (vin ~ '^[A-HJ-NPR-Z0-9]{17}$'),
    -- an older or foreign vehicle's maker-specific frame number, when it has no VIN (not a FIND key)
    chassis_number       TEXT        NOT NULL DEFAULT '' CHECK (length(chassis_number) <= 30),
    plate                TEXT        CHECK (length(plate) BETWEEN 1 AND 30),
    -- DocumentNumbers.normalise(plate): what FIND compares
    normalised_plate     TEXT        CHECK (normalised_plate ~ '^[A-Z0-9]{1,20}$'),
    registration_country TEXT        CHECK (registration_country ~ '^[A-Z]{3}$'),
    -- what makes two rows the same record for a bulk import: 'V:<vin>', else 'P:<country>:<plate>'
    record_key           TEXT        NOT NULL,
    make                 TEXT        NOT NULL DEFAULT '' CHECK (length(make) <= 60),
    model                TEXT        NOT NULL DEFAULT '' CHECK (length(model) <= 60),
    model_year           INTEGER     CHECK (model_year BETWEEN 1900 AND 2100),
    colour               TEXT        NOT NULL DEFAULT '' CHECK (length(colour) <= 40),
    vehicle_type         TEXT        NOT NULL
        CHECK (vehicle_type IN ('CAR', 'MOTORCYCLE', 'VAN', 'TRUCK', 'BUS', 'TRAILER', 'CONSTRUCTION_MACHINE',
                                'AGRICULTURAL_VEHICLE', 'QUAD', 'BOAT_ENGINE', 'OTHER')),
    stolen_on            DATE        NOT NULL,
    stolen_place         TEXT        NOT NULL DEFAULT '' CHECK (length(stolen_place) <= 200),
    stolen_country       TEXT        NOT NULL CHECK (stolen_country ~ '^[A-Z]{3}$'),
    national_reference   TEXT        NOT NULL DEFAULT '' CHECK (length(national_reference) <= 100),
    remarks              TEXT        NOT NULL DEFAULT '' CHECK (length(remarks) <= 2000),
    owner_office         TEXT        NOT NULL,
    classification       TEXT        NOT NULL
        CHECK (classification IN ('FOR_OFFICIAL_USE_ONLY', 'RESTRICTED', 'CONFIDENTIAL')),
    access_scope         TEXT        NOT NULL
        CHECK (access_scope IN ('ALL_MEMBERS', 'ONLY_LISTED', 'ALL_EXCEPT_LISTED')),
    access_countries     TEXT[]      NOT NULL DEFAULT '{}'
        CHECK (array_position(access_countries, NULL) IS NULL),
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    review_at            DATE        NOT NULL,
    -- a bulk import writes only a record's own columns: a new record is stolen
    status               TEXT        NOT NULL DEFAULT 'STOLEN' CHECK (status IN ('STOLEN', 'RECOVERED', 'WITHDRAWN')),
    -- when the record stopped being wanted (recovered or withdrawn); null while the vehicle is stolen
    closed_at            TIMESTAMPTZ,
    withdrawn_reason     TEXT CHECK (length(withdrawn_reason) <= 2000),
    CHECK ((status = 'STOLEN') = (closed_at IS NULL)),
    CHECK ((status = 'WITHDRAWN') = (withdrawn_reason IS NOT NULL)),
    CHECK (vin IS NOT NULL OR normalised_plate IS NOT NULL),
    CHECK ((plate IS NULL) = (normalised_plate IS NULL) AND (plate IS NULL) = (registration_country IS NULL)),
    CHECK (access_scope <> 'ALL_MEMBERS' OR cardinality(access_countries) = 0),
    CHECK (access_scope <> 'ALL_EXCEPT_LISTED' OR cardinality(access_countries) > 0)
);
-- one stolen record per vehicle: by VIN, and by plate; a recovered or withdrawn one may be reported again
CREATE UNIQUE INDEX vehicles_smv_active_key ON vehicles_smv (record_key) WHERE closed_at IS NULL;
CREATE UNIQUE INDEX vehicles_smv_active_vin ON vehicles_smv (vin) WHERE closed_at IS NULL AND vin IS NOT NULL;
CREATE UNIQUE INDEX vehicles_smv_active_plate ON vehicles_smv (registration_country, normalised_plate)
    WHERE closed_at IS NULL AND normalised_plate IS NOT NULL;
CREATE INDEX vehicles_smv_vin ON vehicles_smv (vin);
CREATE INDEX vehicles_smv_plate ON vehicles_smv (normalised_plate);
CREATE INDEX vehicles_smv_owner ON vehicles_smv (owner_office, created_at DESC);
CREATE INDEX vehicles_smv_review ON vehicles_smv (review_at);

-- every status a record went through: reported, amended, recovered, withdrawn (with why)
CREATE TABLE vehicles_smv_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vehicle_id  BIGINT      NOT NULL REFERENCES vehicles_smv (id),
    changed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by  TEXT        NOT NULL,
    change      TEXT        NOT NULL CHECK (change IN ('REPORTED', 'AMENDED', 'RECOVERED', 'WITHDRAWN')),
    status      TEXT        NOT NULL,
    note        TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX vehicles_smv_history_vehicle ON vehicles_smv_history (vehicle_id, changed_at);
