-- The audit trail: append-only, hash-chained, sealed in blocks, with signed checkpoints.
--
-- How "append-only" stays honest while hashes are assigned after commit:
--   * audit_entry rows are written in the business transaction (they commit or roll back with it) and
--     never change: they carry no sequence or hash columns to fill in later.
--   * The sealer chains committed entries by INSERTing into audit_chain (gapless sequence, hash per row)
--     and audit_block (one row per sealing round); signed checkpoints go to audit_checkpoint.
--   * Every one of these tables refuses UPDATE, DELETE and TRUNCATE by trigger, for every role. Only a
--     superuser who disables triggers can change a row, and the verifier then reports it.
--
-- Sealing order: each entry records the id of the transaction that wrote it (xid, assigned before the
-- entry's id). Entries whose xid is below the oldest running transaction (pg_snapshot_xmin) are final:
-- committed or rolled back. The sealer chains exactly those, in (xid, id) order, after the last one it
-- sealed, so an entry that commits late is never skipped, however slow its transaction.
CREATE TABLE audit_entry (
    id             BIGSERIAL PRIMARY KEY,
    xid            XID8 NOT NULL DEFAULT pg_current_xact_id(),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          TEXT NOT NULL,
    actor_type     TEXT NOT NULL,
    office         TEXT,
    action         TEXT NOT NULL,
    target         TEXT,
    purpose        TEXT,
    outcome        TEXT NOT NULL,
    client_address TEXT
);
CREATE INDEX audit_entry_seal_order_idx ON audit_entry (xid, id);
CREATE INDEX audit_entry_recorded_at_idx ON audit_entry (recorded_at DESC, id DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, recorded_at DESC);

-- One row per sealing round: its hash covers the previous block's hash and the hashes of its rows.
CREATE TABLE audit_block (
    number         BIGINT PRIMARY KEY,
    first_sequence BIGINT NOT NULL,
    last_sequence  BIGINT NOT NULL,
    sealed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    hash           BYTEA NOT NULL
);

-- The chain: sequence 1, 2, 3... in sealing order; hash = SHA-256(previous hash || canonical form of the row).
-- No foreign keys on purpose: a key check locks the referenced entry row (FOR KEY SHARE) for every sealed row,
-- which costs the sealer dearly at volume; the verifier checks that every chain row has its entry and block.
CREATE TABLE audit_chain (
    sequence BIGINT PRIMARY KEY,
    entry_id BIGINT NOT NULL UNIQUE,
    block    BIGINT NOT NULL,
    hash     BYTEA NOT NULL
);

-- Every 1,000 entries or 5 minutes: (sequence, hash, time) signed with an Ed25519 key kept outside the database.
CREATE TABLE audit_checkpoint (
    sequence   BIGINT PRIMARY KEY,
    hash       BYTEA NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id     TEXT NOT NULL,
    signature  BYTEA NOT NULL
);

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_block_append_only BEFORE UPDATE OR DELETE ON audit_block
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_block_no_truncate BEFORE TRUNCATE ON audit_block
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
