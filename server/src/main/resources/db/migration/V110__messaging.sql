-- Messaging: messages between offices, encrypted at rest and signed by the sending office (docs/messaging.md).

-- Each office's key-encryption key, one row per version, itself wrapped (AES-256-GCM) by the master key from
-- configuration. Rotating the master key re-wraps these rows; rotating an office key re-wraps the data keys.
CREATE TABLE messaging_office_key
(
  office_code   TEXT        NOT NULL,
  version       INT         NOT NULL,
  wrapped_key   BYTEA       NOT NULL,
  master_key_id TEXT        NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (office_code, version)
);

-- Each office's Ed25519 signing key pair: the public key in clear, the private key wrapped by the master key.
CREATE TABLE messaging_signing_key
(
  office_code     TEXT        NOT NULL,
  version         INT         NOT NULL,
  public_key      BYTEA       NOT NULL,
  wrapped_private BYTEA       NOT NULL,
  master_key_id   TEXT        NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (office_code, version)
);

-- A message: metadata in clear (what routing, escalation and the CCC need), subject and body encrypted under the
-- message's own data key, the whole signed by the sending office.
CREATE TABLE messaging_message
(
  id                UUID PRIMARY KEY,
  thread_id         UUID        NOT NULL,
  in_reply_to       UUID REFERENCES messaging_message (id),
  forward_of        UUID REFERENCES messaging_message (id),
  sender_office     TEXT        NOT NULL,
  sender            TEXT        NOT NULL,
  addressed_to      TEXT        NOT NULL,
  classification    TEXT        NOT NULL CHECK (classification IN ('FOR_OFFICIAL_USE_ONLY', 'RESTRICTED', 'CONFIDENTIAL')),
  priority          TEXT        NOT NULL CHECK (priority IN ('ROUTINE', 'URGENT', 'FLASH')),
  reference_kind    TEXT CHECK (reference_kind IN ('NOTICE', 'RECORD', 'CASE')),
  reference_value   TEXT,
  created_at        TIMESTAMPTZ NOT NULL,
  subject_sealed    BYTEA       NOT NULL,
  body_sealed       BYTEA       NOT NULL,
  signing_version   INT         NOT NULL,
  signature         BYTEA       NOT NULL,
  idempotency_key   TEXT,
  request_hash      BYTEA,
  CHECK ((idempotency_key IS NULL) = (request_hash IS NULL))
);
-- a retried request (same Idempotency-Key from the same office) finds the message it created
CREATE UNIQUE INDEX messaging_message_idempotency_idx ON messaging_message (sender_office, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX messaging_message_sender_idx ON messaging_message (sender_office, created_at DESC);
CREATE INDEX messaging_message_thread_idx ON messaging_message (thread_id, created_at);

-- The message's data key wrapped for one office (the sender's and each recipient's), under a version of its key.
CREATE TABLE messaging_key_wrap
(
  message_id     UUID  NOT NULL REFERENCES messaging_message (id),
  office_code    TEXT  NOT NULL,
  key_version    INT   NOT NULL,
  wrapped_key    BYTEA NOT NULL,
  PRIMARY KEY (message_id, office_code)
);
CREATE INDEX messaging_key_wrap_version_idx ON messaging_key_wrap (office_code, key_version);

-- One row per recipient office: delivered by the fan-out, acknowledged by an officer, escalated when an urgent or
-- flash message is not acknowledged by its deadline.
CREATE TABLE messaging_delivery
(
  message_id        UUID        NOT NULL REFERENCES messaging_message (id),
  office_code       TEXT        NOT NULL,
  created_at        TIMESTAMPTZ NOT NULL,
  priority          TEXT        NOT NULL,
  delivered_at      TIMESTAMPTZ,
  acknowledge_by    TIMESTAMPTZ,
  acknowledged_at   TIMESTAMPTZ,
  acknowledged_by   TEXT,
  escalated_at      TIMESTAMPTZ,
  PRIMARY KEY (message_id, office_code)
);
CREATE INDEX messaging_delivery_inbox_idx ON messaging_delivery (office_code, created_at DESC);
-- the escalation check's work: acknowledgements still awaited
CREATE INDEX messaging_delivery_awaiting_idx ON messaging_delivery (acknowledge_by)
  WHERE acknowledge_by IS NOT NULL AND acknowledged_at IS NULL AND escalated_at IS NULL;

-- Read receipts: who read the message, per officer.
CREATE TABLE messaging_read
(
  message_id  UUID        NOT NULL REFERENCES messaging_message (id),
  reader      TEXT        NOT NULL,
  office_code TEXT        NOT NULL,
  read_at     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (message_id, reader)
);
