-- Mosaic embedded store, schema 10: facts about how the team works (decisions, action items, owners, expertise,
-- vocabulary, rhythms, roles), each learned from one item by a named extractor. A fact is visible exactly when its
-- item is, and goes when its item goes. Which fact on a subject is current is worked out per audience when read (the
-- newest one the audience may see), so a decision in a private channel never replaces a public one in public.
CREATE TABLE facts (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    subject        TEXT NOT NULL,
    subject_key    TEXT NOT NULL,
    value          TEXT NOT NULL,
    person_id      INTEGER REFERENCES people(id) ON DELETE SET NULL,
    due_utc        INTEGER,
    status         TEXT,
    confidence     REAL NOT NULL,
    valid_from_utc INTEGER NOT NULL,
    item_id        INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    extractor      TEXT NOT NULL
);
CREATE INDEX facts_subject ON facts(kind, subject_key, valid_from_utc);
CREATE INDEX facts_item ON facts(item_id);

-- Items written or changed since facts were last extracted from them: filled by every write, drained by extraction,
-- so new messages (live ones too) update the model without a rebuild.
CREATE TABLE fact_queue (
    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE
);
INSERT INTO fact_queue(item_id) SELECT id FROM items WHERE indexed = 1;
