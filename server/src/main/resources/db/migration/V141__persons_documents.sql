-- persons: the identity documents of a person record (persons V140–V149), each linked to SLTD when it is listed there
CREATE TABLE persons_document (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id         BIGINT NOT NULL REFERENCES persons_person (id),
    position          INT    NOT NULL,
    document_type     TEXT   NOT NULL,
    issuing_country   TEXT   NOT NULL CHECK (length(issuing_country) BETWEEN 1 AND 3),
    document_number   TEXT   NOT NULL CHECK (length(document_number) BETWEEN 1 AND 60),
    UNIQUE (person_id, position)
);
