-- Mosaic embedded store, schema 9: the backlog. A backlog item is an item (source 'backlog', native id and ref its
-- key) with its tracker's fields beside it; everything here hangs off items, so it is visible exactly when its item
-- is, and leaves with it when the item is removed or forgotten.

-- Where an item lives at its source, when the source has an address of its own (a GitHub issue's html_url).
ALTER TABLE items ADD COLUMN url TEXT;

CREATE TABLE backlog_items (
    item_id      INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    key          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    -- "HBR" for HBR-142, "harbor/web" for harbor/web#12; '' when the key has no project.
    project      TEXT NOT NULL,
    type         TEXT,
    status       TEXT,
    priority     TEXT,
    story_points REAL,
    -- JSON arrays of strings, in the order the backlog gave them.
    sprints      TEXT NOT NULL DEFAULT '[]',
    labels       TEXT NOT NULL DEFAULT '[]',
    created_utc  INTEGER,
    updated_utc  INTEGER,
    resolved_utc INTEGER
);
CREATE INDEX backlog_items_project ON backlog_items(project);

-- Assignees as the backlog names them, linked to a person when one is known (GitHub has several per issue).
CREATE TABLE backlog_assignees (
    item_id    INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    person_id  INTEGER REFERENCES people(id) ON DELETE SET NULL,
    PRIMARY KEY (item_id, position)
);
CREATE INDEX backlog_assignees_person ON backlog_assignees(person_id) WHERE person_id IS NOT NULL;

-- Each status an item was seen in, appended only when it differs from the last one. since_utc is when the status
-- began as far as the backlog tells (exports carry no transition times: the issue's update or close time);
-- seen_utc is when an import first saw it.
CREATE TABLE backlog_status (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    since_utc  INTEGER NOT NULL,
    seen_utc   INTEGER NOT NULL
);
CREATE INDEX backlog_status_item ON backlog_status(item_id, id);

-- Every ticket-shaped key an item's text mentions. A mention links the item to a ticket only when the key is a
-- backlog item's or its project is a backlog project's, so UTF-8 or COVID-19 link to nothing; kept for every item,
-- so a message written before its ticket was imported is linked the moment the ticket arrives.
CREATE TABLE ticket_mentions (
    key      TEXT NOT NULL,
    item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    project  TEXT NOT NULL,
    PRIMARY KEY (key, item_id)
) WITHOUT ROWID;
CREATE INDEX ticket_mentions_item ON ticket_mentions(item_id);
CREATE INDEX ticket_mentions_project ON ticket_mentions(project);
