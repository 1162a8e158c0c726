-- Mosaic embedded store, schema 8: API tokens for the HTTP API. A token acts as one person; only its SHA-256 is kept,
-- so the database cannot give a token back. The prefix names it in lists and in the audit log without revealing it.
-- Erasing a person deletes their tokens with them.
CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    prefix       TEXT NOT NULL UNIQUE,
    hash         BLOB NOT NULL UNIQUE,
    person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    label        TEXT,
    created_utc  INTEGER NOT NULL,
    last_used_utc INTEGER,
    revoked_utc  INTEGER
);
