-- Mosaic embedded store, schema 5: a counter that moves with every change of membership. Which conversations an
-- audience may see is worked out once and kept while the counter stands still; any process that changes a
-- membership moves it, so no reader keeps an answer that no longer holds.
CREATE TABLE access_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO access_version(id, version) VALUES (1, 0);

CREATE TRIGGER memberships_insert_version AFTER INSERT ON memberships BEGIN
    UPDATE access_version SET version = version + 1;
END;
CREATE TRIGGER memberships_update_version AFTER UPDATE ON memberships BEGIN
    UPDATE access_version SET version = version + 1;
END;
CREATE TRIGGER memberships_delete_version AFTER DELETE ON memberships BEGIN
    UPDATE access_version SET version = version + 1;
END;
