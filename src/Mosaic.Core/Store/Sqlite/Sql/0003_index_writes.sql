-- Mosaic embedded store, schema 3: the store writes the full-text index itself. A write to FTS5 from a trigger
-- runs as its own sub-statement, which stops FTS5 from gathering a transaction's terms before writing them; the
-- same inserts made directly are about five times faster.
DROP TRIGGER items_fts_insert;
DROP TRIGGER items_fts_update;
DROP TRIGGER items_fts_delete;

-- Where "now" is read from for an audience: the newest item of each conversation.
ALTER TABLE conversations ADD COLUMN newest_utc INTEGER;
UPDATE conversations SET newest_utc = (
    SELECT max(ts_utc) FROM items i WHERE i.conversation_id = conversations.id AND i.indexed = 1 AND i.source <> 'calendar');
CREATE INDEX items_workspace_time ON items(ts_utc) WHERE scope = 'workspace';
