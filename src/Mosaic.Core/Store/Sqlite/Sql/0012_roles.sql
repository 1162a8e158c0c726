-- Mosaic embedded store, schema 12: Scrum roles as the team configured them. In the database rather than a config
-- file because every process that opens it (the CLI, mosaic serve, other nodes) must agree; configured roles are the
-- workspace's, visible to every viewer, and win over inferred ones.
CREATE TABLE team_roles (
    role      TEXT NOT NULL CHECK (role IN ('product-owner', 'scrum-master', 'developer')),
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    set_utc   INTEGER NOT NULL,
    PRIMARY KEY (role, person_id)
);

-- The expertise and role rules are new: items already stored are learned from again, so they find what is there.
INSERT OR IGNORE INTO fact_queue(item_id) SELECT id FROM items WHERE indexed = 1;
