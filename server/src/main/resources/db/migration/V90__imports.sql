-- Bulk imports: one job per uploaded file, and the rows it rejected with their reasons.
CREATE TABLE imports_job (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    target        text        NOT NULL,
    office        text        NOT NULL,
    uploader      text        NOT NULL,
    file_name     text        NOT NULL,
    sha256        text        NOT NULL,
    format        text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    failure       text,
    rows_read     bigint      NOT NULL DEFAULT 0,
    rows_valid    bigint      NOT NULL DEFAULT 0,
    rows_rejected bigint      NOT NULL DEFAULT 0,
    rows_new      bigint      NOT NULL DEFAULT 0,
    rows_changed  bigint      NOT NULL DEFAULT 0,
    rows_unchanged bigint     NOT NULL DEFAULT 0,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz
);

-- The same file for the same target and office is one job; a failed job may be uploaded again.
CREATE UNIQUE INDEX imports_job_same_file ON imports_job (target, office, sha256) WHERE status <> 'FAILED';
CREATE INDEX imports_job_office ON imports_job (office, started_at DESC);

CREATE TABLE imports_rejection (
    job_id      bigint  NOT NULL REFERENCES imports_job (id) ON DELETE CASCADE,
    line_number bigint  NOT NULL,
    field       text,
    reason      text    NOT NULL,
    raw_line    text    NOT NULL
);
CREATE INDEX imports_rejection_job ON imports_rejection (job_id, line_number);
