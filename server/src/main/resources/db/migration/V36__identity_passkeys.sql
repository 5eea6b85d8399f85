-- Passkeys (WebAuthn) as an alternative second factor. The table and column names are those Spring Security's
-- JDBC repositories expect (JdbcPublicKeyCredentialUserEntityRepository, JdbcUserCredentialRepository); they
-- belong to the identity module all the same.

-- The WebAuthn user handle of an officer: a random id, so the authenticator never learns the username's row id.
CREATE TABLE user_entities (
    id           VARCHAR(1000) PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE REFERENCES identity_officer (username) ON DELETE CASCADE,
    display_name TEXT
);

-- One row per registered passkey: only a public key, nothing secret.
CREATE TABLE user_credentials (
    credential_id                VARCHAR(1000) PRIMARY KEY,
    user_entity_user_id          VARCHAR(1000) NOT NULL REFERENCES user_entities (id) ON DELETE CASCADE,
    public_key                   BYTEA NOT NULL,
    signature_count              BIGINT,
    uv_initialized               BOOLEAN,
    backup_eligible              BOOLEAN NOT NULL,
    authenticator_transports     VARCHAR(1000),
    public_key_credential_type   VARCHAR(100),
    backup_state                 BOOLEAN NOT NULL,
    attestation_object           BYTEA,
    attestation_client_data_json BYTEA,
    created                      TIMESTAMP WITH TIME ZONE,
    last_used                    TIMESTAMP WITH TIME ZONE,
    label                        VARCHAR(1000) NOT NULL
);
CREATE INDEX user_credentials_user_idx ON user_credentials (user_entity_user_id);
