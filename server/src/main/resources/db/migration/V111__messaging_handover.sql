-- The Command and Coordination Centre's duty handover log: what one GS duty officer hands over to the next.
CREATE TABLE messaging_handover
(
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  written_at TIMESTAMPTZ NOT NULL,
  officer    TEXT        NOT NULL,
  note       TEXT        NOT NULL CHECK (length(note) BETWEEN 1 AND 4000)
);
CREATE INDEX messaging_handover_written_idx ON messaging_handover (written_at DESC);
