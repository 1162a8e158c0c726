-- Mosaic embedded store, schema 1.
-- Times are unix microseconds in UTC; the source's own offset is kept beside them.

CREATE TABLE workspace (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    team_id     TEXT,
    name        TEXT,
    url         TEXT
);

CREATE TABLE people (
    id           INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    username     TEXT,
    real_name    TEXT,
    title        TEXT,
    time_zone    TEXT,
    is_bot       INTEGER NOT NULL DEFAULT 0,
    is_placeholder INTEGER NOT NULL DEFAULT 0
);

-- One person may carry several identities: a Slack id, a username, names, email addresses.
CREATE TABLE identities (
    kind       TEXT NOT NULL,
    value      TEXT NOT NULL COLLATE NOCASE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (kind, value, person_id)
);
CREATE INDEX identities_person ON identities(person_id);
CREATE INDEX identities_value ON identities(value COLLATE NOCASE);

CREATE TABLE conversations (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    native_id   TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('public', 'private', 'dm', 'group_dm')),
    name        TEXT NOT NULL,
    topic       TEXT,
    purpose     TEXT,
    created_utc INTEGER,
    archived    INTEGER NOT NULL DEFAULT 0,
    -- 1 when the source gave a complete member list: join/leave events then no longer change membership.
    members_listed INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source, native_id)
);
CREATE INDEX conversations_name ON conversations(name COLLATE NOCASE);

-- Current members see a conversation's whole history; left_utc set means a former member.
-- changed_utc orders join/leave evidence so that events arriving in any order leave the latest in force.
-- A member list from an export's metadata was taken when the export was, after every event in it, so it wins.
CREATE TABLE memberships (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    joined_utc      INTEGER,
    left_utc        INTEGER,
    changed_utc     INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, person_id)
);
CREATE INDEX memberships_person ON memberships(person_id, conversation_id) WHERE left_utc IS NULL;

CREATE TABLE items (
    id              INTEGER PRIMARY KEY,
    source          TEXT NOT NULL,
    native_id       TEXT NOT NULL,
    ref             TEXT NOT NULL,
    scope           TEXT NOT NULL CHECK (scope IN ('conversation', 'personal', 'workspace')),
    conversation_id INTEGER REFERENCES conversations(id),
    owner_id        INTEGER REFERENCES people(id),
    author_id       INTEGER REFERENCES people(id),
    ts_utc          INTEGER NOT NULL,
    utc_offset_min  INTEGER NOT NULL DEFAULT 0,
    thread_ref      TEXT,
    position        INTEGER,
    kind            TEXT NOT NULL,
    text            TEXT NOT NULL,
    indexed         INTEGER NOT NULL,
    files           TEXT,
    reactions       TEXT,
    reply_count     INTEGER NOT NULL DEFAULT 0,
    edited_utc      INTEGER,
    content_hash    TEXT NOT NULL,
    UNIQUE (source, native_id),
    CHECK ((scope = 'conversation') = (conversation_id IS NOT NULL)),
    CHECK ((scope = 'personal') = (owner_id IS NOT NULL))
);
CREATE INDEX items_conversation_time ON items(conversation_id, ts_utc);
CREATE INDEX items_thread ON items(conversation_id, thread_ref, ts_utc) WHERE thread_ref IS NOT NULL;
CREATE INDEX items_author_time ON items(author_id, ts_utc);
CREATE INDEX items_time ON items(ts_utc);

-- The full-text index holds only what is meant to be found: no tombstones, joins or leaves.
CREATE VIRTUAL TABLE items_fts USING fts5(
    text,
    content = 'items',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
-- Deletes remove index entries in place instead of leaving them in older segments.
INSERT INTO items_fts(items_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER items_fts_insert AFTER INSERT ON items WHEN new.indexed = 1 BEGIN
    INSERT INTO items_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items WHEN old.indexed = 1 BEGIN
    INSERT INTO items_fts(items_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE OF text, indexed ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, text) SELECT 'delete', old.id, old.text WHERE old.indexed = 1;
    INSERT INTO items_fts(rowid, text) SELECT new.id, new.text WHERE new.indexed = 1;
END;
