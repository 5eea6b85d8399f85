-- The audit trail. Rows are written in the business transaction (so they commit or roll back with it);
-- the sequence number and hash are assigned later by the sealer, in commit order.
CREATE TABLE audit_entry (
    id             BIGSERIAL PRIMARY KEY,
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
