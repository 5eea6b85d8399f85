-- Who reported an SLTD record, with which status, is kept on the record itself; the history table keeps what came
-- after (amendments, the withdrawal). A history row per new record cost as much as the record itself (its
-- foreign-key check locks the record it points to) and took a third of a bulk load's time (docs/benchmarks.md).
-- A record's history still starts with its report: DocumentRows.historyOf reads it from the record.
ALTER TABLE documents_sltd
    ADD COLUMN reported_by     TEXT,
    ADD COLUMN reported_status TEXT,
    ADD COLUMN reported_note   TEXT NOT NULL DEFAULT '' CHECK (length(reported_note) <= 2000);

UPDATE documents_sltd d
   SET reported_by = h.changed_by, reported_status = h.status, reported_note = h.note
  FROM documents_sltd_history h
 WHERE h.document_id = d.id AND h.change = 'REPORTED';
-- none expected: every record had its REPORTED row
UPDATE documents_sltd SET reported_by = owner_office, reported_status = status WHERE reported_by IS NULL;
DELETE FROM documents_sltd_history WHERE change = 'REPORTED';

ALTER TABLE documents_sltd
    ALTER COLUMN reported_by SET NOT NULL,
    ALTER COLUMN reported_status SET NOT NULL,
    ADD CONSTRAINT documents_sltd_reported_status_check
        CHECK (reported_status IN ('STOLEN_BLANK', 'STOLEN_ISSUED', 'LOST', 'REVOKED', 'INVALIDATED'));
ALTER TABLE documents_sltd_history DROP CONSTRAINT documents_sltd_history_change_check,
    ADD CONSTRAINT documents_sltd_history_change_check CHECK (change IN ('AMENDED', 'WITHDRAWN'));
