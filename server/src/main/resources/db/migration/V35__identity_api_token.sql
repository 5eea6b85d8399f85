-- API tokens of system clients (border systems, national databases). Only the SHA-256 of a token is kept:
-- the secret is shown once at creation. The prefix is the token's first characters, enough to recognise it
-- in a list but useless to guess the rest (about 200 unknown random bits remain).
CREATE TABLE identity_api_token (
    id           BIGSERIAL PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    office_code  TEXT NOT NULL,
    office_name  TEXT NOT NULL,
    token_hash   BYTEA NOT NULL UNIQUE,
    prefix       TEXT NOT NULL,
    scopes       TEXT[] NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   TEXT NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   TEXT,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT identity_api_token_hash_length CHECK (octet_length(token_hash) = 32)
);

CREATE INDEX identity_api_token_office ON identity_api_token (office_code);
