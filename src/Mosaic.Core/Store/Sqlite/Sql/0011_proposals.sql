-- Mosaic embedded store, schema 11: proposals. Mosaic proposes, people decide: from a current open action item it
-- proposes a backlog item, from a current decision a decision record. A proposal hangs off the item its fact came
-- from, so it is visible exactly when that item is and leaves with it (a forgotten message takes its proposals along).
--
-- place is where the source item lives ('conversation:<id>', 'personal:<owner id>' or 'workspace'). A proposal is one
-- per (kind, subject key, place): a later fact on the subject in the same place updates the pending proposal, while a
-- change of mind in a private channel gets a proposal of its own there and never takes over the public one.
-- subject, value, person_id and due_utc are the fact as it was proposed, so a decided proposal still says what was
-- decided after its message is edited and its facts are learned again.
CREATE TABLE proposals (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('backlog_item', 'decision_record')),
    subject_key    TEXT NOT NULL,
    place          TEXT NOT NULL,
    item_id        INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    subject        TEXT NOT NULL,
    value          TEXT NOT NULL,
    person_id      INTEGER REFERENCES people(id) ON DELETE SET NULL,
    due_utc        INTEGER,
    since_utc      INTEGER NOT NULL,
    proposed_utc   INTEGER NOT NULL,
    status         TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
    decided_by     INTEGER REFERENCES people(id) ON DELETE SET NULL,
    decided_utc    INTEGER,
    reason         TEXT,
    -- What accepting wrote: a backlog item or a decision record, an item of Mosaic's own.
    result_item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
    -- A fact once decided is never proposed again: at most one proposal per fact's item on a subject and place.
    UNIQUE (kind, subject_key, place, item_id)
);
-- At most one pending proposal per subject and place; it follows the newest fact there.
CREATE UNIQUE INDEX proposals_pending ON proposals(kind, subject_key, place) WHERE status = 'pending';
CREATE INDEX proposals_item ON proposals(item_id);
CREATE INDEX proposals_result ON proposals(result_item_id) WHERE result_item_id IS NOT NULL;
