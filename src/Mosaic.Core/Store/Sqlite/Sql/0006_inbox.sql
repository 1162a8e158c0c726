-- Mosaic embedded store, schema 6: events from live sources (the Slack Events API) are written here before they are
-- acknowledged and applied afterwards, so a crash between the two loses nothing. (source, event_id) makes a retried
-- delivery harmless. An applied event's body is erased: it may hold text that is later deleted.
CREATE TABLE inbox (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,
    event_id     TEXT NOT NULL,
    body         TEXT NOT NULL,
    received_utc INTEGER NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    due_utc      INTEGER NOT NULL,
    done_utc     INTEGER,
    error        TEXT,
    UNIQUE (source, event_id)
);
CREATE INDEX inbox_due ON inbox(due_utc) WHERE done_utc IS NULL;
