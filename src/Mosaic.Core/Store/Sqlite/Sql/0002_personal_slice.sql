-- Mosaic embedded store, schema 2: the personal slice, explicit sharing, identity links with a scope,
-- the audit log, and what people asked Mosaic to forget.

-- A personal source: one owner's mail, calendar or notes, as imported from one path.
CREATE TABLE sources (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('mail', 'calendar', 'notes')),
    owner_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    label      TEXT NOT NULL,
    added_utc  INTEGER NOT NULL,
    UNIQUE (kind, owner_id, label)
);

ALTER TABLE items ADD COLUMN source_id INTEGER REFERENCES sources(id);
-- Who wrote an item when they are not a person Mosaic knows (an outside mail address).
ALTER TABLE items ADD COLUMN author_label TEXT;
-- A personal item's display title (mail subject, event summary, note heading).
ALTER TABLE items ADD COLUMN title TEXT;
CREATE INDEX items_owner ON items(owner_id, source, ts_utc) WHERE owner_id IS NOT NULL;
CREATE INDEX items_owner_thread ON items(owner_id, source, thread_ref, ts_utc) WHERE owner_id IS NOT NULL AND thread_ref IS NOT NULL;
CREATE INDEX items_source ON items(source_id) WHERE source_id IS NOT NULL;

-- People an item names (mail recipients, event attendees), linked to known people. Derived from the item,
-- so it is visible exactly when the item is.
CREATE TABLE item_people (
    item_id    INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    PRIMARY KEY (item_id, person_id, role)
);
CREATE INDEX item_people_person ON item_people(person_id);

-- An owner's promotion of one personal item into a conversation. Undoing keeps the record.
CREATE TABLE shares (
    id              INTEGER PRIMARY KEY,
    item_id         INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    shared_by       INTEGER NOT NULL REFERENCES people(id),
    shared_utc      INTEGER NOT NULL,
    undone_utc      INTEGER
);
CREATE INDEX shares_item ON shares(item_id) WHERE undone_utc IS NULL;

-- Identity links now carry where they came from, how sure the link is, and who may see it: a link learned
-- from someone's personal mail (a colleague's private address) is visible to that owner only.
CREATE TABLE identities_v2 (
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL COLLATE NOCASE,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    owner_id    INTEGER REFERENCES people(id) ON DELETE CASCADE,
    origin      TEXT NOT NULL,
    confidence  REAL NOT NULL,
    source_id   INTEGER REFERENCES sources(id) ON DELETE CASCADE
);
INSERT INTO identities_v2(kind, value, person_id, owner_id, origin, confidence, source_id)
    SELECT kind, value, person_id, NULL, 'slack', 1.0, NULL FROM identities;
DROP TABLE identities;
ALTER TABLE identities_v2 RENAME TO identities;
CREATE UNIQUE INDEX identities_key ON identities(kind, value, person_id, ifnull(owner_id, 0));
CREATE INDEX identities_person ON identities(person_id);
CREATE INDEX identities_value ON identities(value COLLATE NOCASE);

-- What was shown to whom: one row per answer or result list, one row per item shown.
-- audience holds the person ids who could see it (JSON array) when it was shown.
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at_utc    INTEGER NOT NULL,
    action    TEXT NOT NULL,
    asker_id  INTEGER NOT NULL REFERENCES people(id),
    shown_in  INTEGER REFERENCES conversations(id),
    audience  TEXT NOT NULL
);
-- item_key is cleared when the item is forgotten; who was shown something of whose slice stays on record.
CREATE TABLE audit_items (
    audit_id   INTEGER NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
    item_id    INTEGER REFERENCES items(id) ON DELETE SET NULL,
    item_key   TEXT,
    scope      TEXT NOT NULL,
    owner_id   INTEGER REFERENCES people(id),
    source     TEXT NOT NULL
);
CREATE INDEX audit_items_owner ON audit_items(owner_id) WHERE owner_id IS NOT NULL;
CREATE INDEX audit_items_item ON audit_items(item_id);

-- Items people asked Mosaic to forget, by a digest of (source, native id): a later import skips them.
CREATE TABLE forgotten (
    digest         TEXT PRIMARY KEY,
    forgotten_utc  INTEGER NOT NULL
);
