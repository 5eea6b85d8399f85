-- A message's attachments: sealed (AES-256-GCM) under the message's data key, their SHA-256 covered by the signature.
CREATE TABLE messaging_attachment
(
  id         UUID PRIMARY KEY,
  message_id UUID   NOT NULL REFERENCES messaging_message (id),
  position   INT    NOT NULL,
  file_name  TEXT   NOT NULL,
  media_type TEXT   NOT NULL,
  size       BIGINT NOT NULL,
  sha256     BYTEA  NOT NULL,
  sealed     BYTEA  NOT NULL,
  UNIQUE (message_id, position)
);
