-- Officers: who may sign in, to which office they belong, what they may do and see, and their credentials.
CREATE TABLE identity_officer (
    id                  BIGSERIAL PRIMARY KEY,
    username            TEXT NOT NULL UNIQUE,
    display_name        TEXT NOT NULL,
    office_code         TEXT NOT NULL,
    clearance           TEXT NOT NULL,
    password_hash       TEXT NOT NULL,
    enabled             BOOLEAN NOT NULL DEFAULT TRUE,
    failed_attempts     INT NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP WITH TIME ZONE,
    -- the TOTP secret, AES-GCM encrypted (nonce || ciphertext); confirmed once the officer typed a valid code
    totp_secret         BYTEA,
    totp_confirmed      BOOLEAN NOT NULL DEFAULT FALSE,
    -- the last 30-second step whose code was accepted: each code is accepted once
    totp_last_step      BIGINT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT identity_officer_username_lower CHECK (username = lower(username))
);
CREATE INDEX identity_officer_office_idx ON identity_officer (office_code);

CREATE TABLE identity_officer_role (
    officer_id BIGINT NOT NULL REFERENCES identity_officer (id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    PRIMARY KEY (officer_id, role)
);
